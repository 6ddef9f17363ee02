"""Removing a caseworker re-keys the store: their earlier copy of keys.json opens nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from visitation_desktop import paths
from visitation_desktop.services.accounts import rekey_store, remove_caseworker
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import unlock
from visitation_desktop.store import audit
from visitation_desktop.store.keyring import Keyring

from .cli_run import run
from .conftest import MAIN, OTHER_PASSWORD, PASSWORD, USER

LEAVER = "EF"
LEAVER_PASSWORD = "farvel og tak for kaffe"


def opens(store: Path, key: bytes) -> bool:
    conn = sqlcipher3.connect(str(store))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def test_a_removed_caseworkers_earlier_key_file_opens_nothing(
    data_dir: Path, ids: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ws = unlock(data_dir, USER, PASSWORD)
    ws.add_caseworker(LEAVER, "Eva Fjeld", LEAVER_PASSWORD)
    ws.add_caseworker("CD", "Carl Dam", OTHER_PASSWORD)
    ws.close()
    kept = tmp_path / "leavers-keys.json"
    shutil.copy2(paths.keyring_path(data_dir), kept)  # what the leaver takes home
    old_key = Keyring.load(kept).unlock(LEAVER, LEAVER_PASSWORD)
    assert opens(paths.store_path(data_dir), old_key)

    code, out, err = run(data_dir, monkeypatch, capsys, "users", "remove", LEAVER, stdin=PASSWORD + "\n")
    assert code == 0, err
    assert "ny nøgle" in out

    # the leaver's key file opens nothing: not the store, with the old key it still yields
    assert Keyring.load(kept).unlock(LEAVER, LEAVER_PASSWORD) == old_key
    assert not opens(paths.store_path(data_dir), old_key)
    attacker = tmp_path / "attacker"
    attacker.mkdir()
    shutil.copy2(paths.store_path(data_dir), paths.store_path(attacker))
    shutil.copy2(kept, paths.keyring_path(attacker))
    with pytest.raises(Exception):  # noqa: B017 (WrongKey or the faults layer's Danish StoreError)
        unlock(attacker, LEAVER, LEAVER_PASSWORD)
    # the others keep their passwords, the cases and an intact log
    for who, password in ((USER, PASSWORD), ("CD", OTHER_PASSWORD)):
        ws = unlock(data_dir, who, password)
        assert CaseService(ws).open_case(ids[MAIN]).citizen.name == MAIN
        assert audit.verify(ws.repo.engine) == []
        ws.close()
    assert LEAVER not in Keyring.load(paths.keyring_path(data_dir)).users()
    code, _, err = run(data_dir, monkeypatch, capsys, "cases", "list", stdin=LEAVER_PASSWORD + "\n", user=LEAVER)
    assert code == 3


def test_store_rekey_keeps_working_and_the_recovery_code_follows(data_dir: Path) -> None:
    ws = unlock(data_dir, USER, PASSWORD)
    before = bytes(ws._data_key)
    rekey_store(ws)
    assert bytes(ws._data_key) != before
    ws.repo.log(USER, "view", detail="after rekey")
    assert audit.verify(ws.repo.engine) == []
    assert [e.action for e in ws.repo.access_log(3)][:2] == ["view", "rekey"]
    ws.close()
    assert not opens(paths.store_path(data_dir), before)


def test_removing_oneself_is_refused(data_dir: Path) -> None:
    ws = unlock(data_dir, USER, PASSWORD)
    try:
        with pytest.raises(Exception, match="fjerne dig selv"):
            remove_caseworker(ws, USER)
    finally:
        ws.close()


def test_remove_from_the_gui_rekeys_too(qtbot, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from visitation_desktop.gui.account_dialogs import RemoveCaseworkerDialog
    from visitation_desktop.gui.main_window import MainWindow

    ws = unlock(data_dir, USER, PASSWORD)
    ws.add_caseworker(LEAVER, "Eva Fjeld", LEAVER_PASSWORD)
    old_key = bytes(ws._data_key)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    remove, _lift = window.account_actions
    remove.trigger()
    [dialog] = window.findChildren(RemoveCaseworkerDialog)
    assert any("ny nøgle" in label.text() for label in dialog.findChildren(type(dialog.message)))
    dialog.who.setCurrentIndex(dialog.who.findData(LEAVER))
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert LEAVER not in Keyring.load(paths.keyring_path(data_dir)).users()
    assert not opens(paths.store_path(data_dir), old_key)
    window.lock()
    assert not remove.isEnabled()
    window.close()
    ws.close()
