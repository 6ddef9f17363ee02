"""Fixtures for the document tests: the real standard and catalogue, the demo cases, and
poppler helpers that read a rendered PDF back the way a reader would see it."""

from __future__ import annotations

import copy
import datetime as dt
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from visitation_desktop.documents import DocumentContext
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.ffb import Catalogue, load_catalogue
from visitation_desktop.domain.standard import Standard, default_standard_path, load_standard
from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="session")
def standard() -> Standard:
    return load_standard(default_standard_path())


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def _demo(standard: Standard, catalogue: Catalogue) -> list[CaseFile]:
    return demo_cases(standard, catalogue, TODAY)


@pytest.fixture()
def cases(_demo: list[CaseFile]) -> list[CaseFile]:
    """A fresh copy for each test, so a test may change its cases."""
    return copy.deepcopy(_demo)


@pytest.fixture()
def case_named(cases: list[CaseFile]) -> Callable[[str], CaseFile]:
    return lambda name: next(c for c in cases if c.citizen.name == name)


@pytest.fixture()
def main_case(case_named: Callable[[str], CaseFile]) -> CaseFile:
    return case_named(MAIN_EXAMPLE)


@pytest.fixture()
def make_ctx(standard: Standard, catalogue: Catalogue) -> Callable[..., DocumentContext]:
    def make(case: CaseFile, **changes: object) -> DocumentContext:
        fields: dict[str, object] = {
            "case": case, "standard": standard, "catalogue": catalogue, "caseworker_name": "Marianne Lund Holm",
            "caseworker_initials": "MLH", "today": TODAY, "plan_version": 2,
        }
        fields.update(changes)
        return DocumentContext(**fields)  # type: ignore[arg-type]

    return make


class Pdf:
    """A rendered PDF on disk, read back with poppler."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _run(self, *args: str) -> str:
        return subprocess.run([*args, str(self.path)] + (["-"] if args[0] == "pdftotext" else []),
                              check=True, capture_output=True, text=True).stdout

    @property
    def text(self) -> str:
        """The text, laid out, with runs of white space (also no-break spaces) made one space."""
        return re.sub(r"\s+", " ", self._run("pdftotext", "-layout"))

    @property
    def pages_text(self) -> list[str]:
        pages = self._run("pdftotext", "-layout").split("\f")
        return [re.sub(r"\s+", " ", p) for p in pages if p.strip()]

    @property
    def page_count(self) -> int:
        found = re.search(r"^Pages:\s+(\d+)", self._run("pdfinfo"), re.MULTILINE)
        assert found is not None
        return int(found.group(1))

    @property
    def fonts(self) -> list[tuple[str, str]]:
        """(font name, "yes"/"no" embedded) for every font in the file."""
        lines = self._run("pdffonts").splitlines()[2:]
        rows = []
        for line in lines:
            parts = line.split()
            # name type... encoding emb sub uni object ID: emb is the 5th field from the end
            rows.append((parts[0], parts[-5]))
        return rows


@pytest.fixture()
def read_pdf(tmp_path: Path) -> Callable[[bytes], Pdf]:
    counter = iter(range(1000))

    def read(data: bytes) -> Pdf:
        assert data.startswith(b"%PDF")
        path = tmp_path / f"doc{next(counter)}.pdf"
        path.write_bytes(data)
        return Pdf(path)

    return read
