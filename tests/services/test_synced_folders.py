"""Synced folders are recognised (the file would leave the laptop); the data folder is local app data."""

from __future__ import annotations

import pytest

from visitation_desktop.services.synced_folders import expand_folder, synced_service

WINDOWS_ENV = {
    "OneDrive": r"C:\Users\ab\OneDrive - Thisted Kommune",
    "OneDriveCommercial": r"C:\Users\ab\OneDrive - Thisted Kommune",
}


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\ab\OneDrive - Thisted Kommune\Dokumenter\handleplan-sag-1.pdf", "OneDrive"),
        (r"c:\users\AB\onedrive - thisted kommune\x.pdf", "OneDrive"),  # Windows paths ignore case
        (r"C:\Users\ab\OneDrive\Documents\x.pdf", "OneDrive"),
        (r"C:\Users\ab\Dropbox (Thisted Kommune)\x.pdf", "Dropbox"),
        (r"C:\Users\ab\iCloudDrive\x.pdf", "iCloud Drive"),
        (r"G:\My Drive\Sager\x.pdf", "Google Drive"),
        (r"G:\Min drev\x.pdf", "Google Drive"),
        (r"C:\Users\ab\Documents\x.pdf", None),
        (r"C:\Sager\PDF\x.pdf", None),
        (r"D:\OneDriveBackup\x.pdf", None),  # a name that only starts like it
    ],
)
def test_windows_paths(path: str, service: str | None) -> None:
    assert synced_service(path, env=WINDOWS_ENV, windows=True) == service


def test_a_onedrive_folder_with_any_name_is_found_through_the_environment() -> None:
    env = {"OneDriveCommercial": r"D:\Firma\Skyen"}  # Known Folder Move to a folder without "OneDrive" in it
    assert synced_service(r"D:\Firma\Skyen\Dokumenter\x.pdf", env=env, windows=True) == "OneDrive"
    assert synced_service(r"D:\Firma\Lokalt\x.pdf", env=env, windows=True) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/Users/ab/Library/CloudStorage/OneDrive-ThistedKommune/x.pdf", "OneDrive"),
        ("/Users/ab/Library/Mobile Documents/com~apple~CloudDocs/x.pdf", "iCloud Drive"),
        ("/Users/ab/Library/CloudStorage/GoogleDrive-ab@thisted.dk/My Drive/x.pdf", "Google Drive"),
        ("/home/ab/Dropbox/x.pdf", "Dropbox"),
        ("/home/ab/Dokumenter/x.pdf", None),
        ("/home/ab/dropbox-notes.txt.pdf", None),
    ],
)
def test_macos_and_linux_paths(path: str, service: str | None) -> None:
    assert synced_service(path, env={}, windows=False) == service


def test_the_save_folder_expands_the_users_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/ab")
    monkeypatch.setenv("SAGER", "/srv/sager")
    assert expand_folder("~/Sager") == "/home/ab/Sager"
    assert expand_folder(" $SAGER/pdf ") == "/srv/sager/pdf"


def test_the_data_folder_is_under_local_not_roaming_app_data_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs.windows as windows

    from visitation_desktop.paths import USER_DIRS

    monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\ab\AppData\Local")
    monkeypatch.setenv("APPDATA", r"C:\Users\ab\AppData\Roaming")
    monkeypatch.setattr(windows, "_RESOLVE_WIN_FOLDER", windows.get_win_folder_from_env_vars)
    folder = windows.Windows(**USER_DIRS).user_data_dir  # type: ignore[arg-type]
    assert folder.replace("/", "\\") == r"C:\Users\ab\AppData\Local\VisitationDesktop"
