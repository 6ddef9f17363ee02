"""The auditor's set-up: a store on Ådalen's (fictional) standard, with every citizen of
``tests/data/citizens/`` imported through the CLI, and the documents each citizen receives rendered
through the CLI and read back with pdftotext.

The store, the imports and the PDFs are made once per test session (the key derivation makes every
command cost a fraction of a second); the tests only read what was recorded.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from visitation_desktop.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
AADALEN = DATA / "standards" / "aadalen-104.toml"
CITIZENS = DATA / "citizens"
PASSWORD = "revisor-kode-2026"
USER = "AU"
TODAY = "2026-11-27"  # the day the citizens' documents are dated
KINDS = ("handleplan", "easyread", "decision")

# Each citizen file: whether the rules let its decision be recorded (import exit code 0), or not (8).
STEMS = sorted(p.stem for p in CITIZENS.glob("*.json"))
NOT_RECORDED = {"under-aldersgraensen", "vage-maal"}
CLI_RENDERED = ("soeren-aage", "vage-maal")  # the decision letter through ``render``: made, and refused


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


class Cli:
    """``visitation-desktop --data-dir … --user AU --password-stdin ARGS``, run in this process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(self, *args: str, stdin: str = PASSWORD + "\n") -> Result:
        out, err = io.StringIO(), io.StringIO()
        saved = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["--data-dir", str(self.data_dir), "--user", USER, "--password-stdin", *args])
        finally:
            sys.stdin = saved
        return Result(code, out.getvalue(), err.getvalue())


@dataclass
class Audit:
    cli: Cli
    imports: dict[str, Result]  # citizen stem -> the import's result
    ids: dict[str, int]  # citizen stem -> case number
    renders: dict[tuple[str, str], Result]  # (stem, kind) -> the render's result
    texts: dict[tuple[str, str], str]  # (stem, kind) -> the PDF's text (white space made single spaces)
    pdfs: dict[tuple[str, str], Path]


def document(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CITIZENS / f"{stem}.json").read_text(encoding="utf-8"))
    return data


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", out)


@pytest.fixture(scope="session")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Audit:
    root = tmp_path_factory.mktemp("audit")
    cli = Cli(root / "data")
    made = cli("init", "--name", "Aase Ubbesen", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert made.code == 0, made.err
    used = cli("standards", "use", str(AADALEN))
    assert used.code == 0, used.err
    imports: dict[str, Result] = {}
    ids: dict[str, int] = {}
    renders: dict[tuple[str, str], Result] = {}
    for stem in STEMS:
        imports[stem] = result = cli("cases", "import", str(CITIZENS / f"{stem}.json"))
        ids[stem] = int(result.out.strip())
    for stem in CLI_RENDERED:  # a letter made and one refused through the CLI (message, exit code) ...
        path = root / f"{stem}.decision.pdf"
        renders[(stem, "decision")] = cli("render", "decision", str(ids[stem]), "--out", str(path), "--today", TODAY)
    renders.update(_render_in_one_session(root, ids, renders))  # ... the rest by the services ``render`` calls
    pdfs = {key: root / f"{key[0]}.{key[1]}.pdf" for key in renders if (root / f"{key[0]}.{key[1]}.pdf").exists()}
    texts = {key: pdf_text(path) for key, path in pdfs.items()}
    return Audit(cli, imports, ids, renders, texts, pdfs)


def _render_in_one_session(root: Path, ids: dict[str, int], done: dict[tuple[str, str], Result]
                           ) -> dict[tuple[str, str], Result]:
    """Every other document of every case, saved as ``render`` saves them, in one unlocked session
    (``Result.code`` 13 and the CLI's message when the document is refused)."""
    import datetime as dt

    from visitation_desktop.documents import DocumentIncomplete
    from visitation_desktop.services.cases import CaseService
    from visitation_desktop.services.documents import DocumentService, incomplete_message
    from visitation_desktop.services.workspace import unlock

    ws = unlock(root / "data", USER, PASSWORD)
    out: dict[tuple[str, str], Result] = {}
    try:
        for stem, case_id in ids.items():
            case = CaseService(ws).open_case(case_id)
            for kind in [k for k in KINDS if (stem, k) not in done]:
                try:
                    DocumentService(ws).save_pdf(case, kind, root / f"{stem}.{kind}.pdf",
                                                 today=dt.date.fromisoformat(TODAY))
                    out[(stem, kind)] = Result(0, "", "")
                except DocumentIncomplete as exc:
                    out[(stem, kind)] = Result(13, "", incomplete_message(kind, exc))
    finally:
        ws.close()
    return out
