"""The bundle as IT ships it: built with PyInstaller, run without Python and without system fonts.

From the bundle the caseworker's documents render with the program's own fonts only (``pdffonts``
lists nothing else), the console program prints ``--help`` and the case list, and the windowed
program runs with no standard output or error at all (as Windows starts a ``console=False`` program).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFile

from .conftest import ROOT, Bundle, Run

FONTS = ROOT / "resources" / "fonts"


def _own_font_names() -> set[str]:
    return {TTFontFile(str(path)).name.decode() for path in FONTS.glob("*.ttf")}


def _pdffonts(pdf: Path) -> list[tuple[str, str, str]]:
    """(name without subset prefix, type, embedded) for every font of ``pdf``."""
    done = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = []
    for line in done.stdout.splitlines()[2:]:
        parts = line.split()
        if not parts:
            continue
        # name type [encoding…] emb sub uni object ID: emb is the 5th field from the end
        name, emb = parts[0], parts[-5]
        rows.append((re.sub(r"^[A-Z]{6}\+", "", name), parts[1], emb))
    return rows


def test_the_bundle_renders_the_documents_with_its_own_fonts_only(run_bundle: Run, tmp_path: Path) -> None:
    assert run_bundle("init", "--name", "Anne Berg").returncode == 0
    assert run_bundle("demo").returncode == 0
    listed = run_bundle("cases", "list")
    assert listed.returncode == 0, listed.stderr
    granted = next(line.split("\t")[0] for line in listed.stdout.splitlines() if "Mette Sønderby Thomsen" in line)
    own = _own_font_names()
    for kind in ("handleplan", "easyread", "decision"):
        out = tmp_path / f"{kind}.pdf"
        done = run_bundle("render", kind, granted, "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        fonts = _pdffonts(out)
        assert fonts, kind
        assert {name for name, _type, _emb in fonts} <= own, (kind, fonts)
        assert all(emb == "yes" for _name, _type, emb in fonts), (kind, fonts)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Mette" in text, kind


def test_the_console_program_prints_help_and_the_case_list(run_bundle: Run) -> None:
    helped = run_bundle("--help", login=False)
    assert helped.returncode == 0
    assert "brug: visitation-desktop" in helped.stdout and "print" in helped.stdout
    assert run_bundle("init", "--name", "Anne Berg").returncode == 0
    assert run_bundle("demo").returncode == 0
    listed = run_bundle("cases", "list")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) >= 8
    printers = run_bundle("print", "--list", login=False)
    assert printers.returncode == 0, printers.stderr
    assert "Traceback" not in printers.stderr


def test_the_windowed_program_runs_without_standard_streams(
    bundle: Bundle, no_system_fonts: dict[str, str], tmp_path: Path
) -> None:
    """File descriptors 0-2 closed: Python starts the program with sys.stdin/stdout/stderr None."""
    data = tmp_path / "data"
    result = tmp_path / "cases.json"

    def close_standard_streams() -> None:
        for fd in (0, 1, 2):
            os.close(fd)

    init = subprocess.run([str(bundle.cli), "--data-dir", str(data), "--user", "AB", "--password-stdin", "init",
                           "--name", "Anne Berg"], input="korrekt-hest-batteri\n", env=no_system_fonts,
                          capture_output=True, text=True, timeout=300, check=False)
    assert init.returncode == 0, init.stderr
    # With no stdin the password cannot be read: the program must say so and exit 3, not crash (1).
    done = subprocess.run([str(bundle.gui), "--data-dir", str(data), "--user", "AB", "--password-stdin", "cases",
                           "list", "--json"], env=no_system_fonts, preexec_fn=close_standard_streams,
                          timeout=300, check=False)
    assert done.returncode == 3
    assert not result.exists()


def test_the_bundle_holds_only_what_the_program_uses(bundle: Bundle) -> None:
    names = {p.name for p in bundle.folder.rglob("*")}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libqwayland.so", "libqgtk3.so", "libqtiff.so",
                   "Qt6Qml.dll", "opengl32sw.dll"):
        assert unused not in names
    translations = [p.name for p in bundle.folder.rglob("translations/*.qm")]
    assert sorted(translations) == ["qt_da.qm", "qtbase_da.qm"]
    size = sum(p.stat().st_size for p in bundle.folder.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 230 * 1024 * 1024, f"{size / 1024 / 1024:.0f} MB"
