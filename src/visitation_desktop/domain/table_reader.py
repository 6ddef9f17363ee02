"""A strict reader for one parsed TOML table, with Danish messages naming the key.

Used by the quality-standard loader: every missing key, wrong type, unknown key or
empty text raises ``TableError`` with the dotted key path (``offers[2].postcode``).
Entries of an array of tables are numbered from 1, as a person counts them.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_POSTCODE = re.compile(r"[0-9]{4}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class TableError(ValueError):
    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


def normalise_text(text: str) -> str:
    """Single line breaks become spaces; an empty line separates paragraphs ("\\n\\n")."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    joined = (" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs)
    return "\n\n".join(p for p in joined if p)


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "et heltal"
    if isinstance(value, float):
        return "et decimaltal"
    if isinstance(value, str):
        return "en tekst"
    if isinstance(value, list):
        return "en liste"
    if isinstance(value, dict):
        return "en tabel"
    return "en dato eller et klokkeslæt"


class TableReader:
    """One TOML table being read; ``path`` is its dotted key ("" for the file's top level)."""

    def __init__(self, path: str, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def error(self, name: str, problem: str) -> TableError:
        return TableError(self.key(name), problem)

    def only(self, *names: str) -> None:
        """Refuse any key not in ``names`` (a typo would otherwise be silently ignored)."""
        for name in self.data:
            if name not in names:
                close = difflib.get_close_matches(name, names, n=1)
                guess = f' Mente du "{close[0]}"?' if close else ""
                raise self.error(name, f"Ukendt nøgle.{guess} Tilladte nøgler her: {', '.join(names)}.")

    def has(self, name: str) -> bool:
        return name in self.data

    def _raw(self, name: str, optional: bool) -> Any:
        if name not in self.data:
            if optional:
                return None
            raise self.error(name, "Nøglen mangler.")
        return self.data[name]

    def _wrong(self, name: str, wanted: str, value: Any) -> TableError:
        return self.error(name, f"Skal være {wanted}, men er {_kind_of(value)}.")

    def text(self, name: str, *, optional: bool = False, raw: bool = False) -> str:
        """A non-empty text; normalised into paragraphs unless ``raw``. Absent optional -> ""."""
        value = self._raw(name, optional)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self._wrong(name, "en tekst i anførselstegn", value)
        result = value if raw else normalise_text(value)
        if not result.strip():
            tail = " Udelad nøglen, hvis der ikke er noget at skrive." if optional else ""
            raise self.error(name, "Teksten er tom." + tail)
        return result

    def choice(self, name: str, allowed: tuple[str, ...], *, optional: bool = False) -> str:
        value = self.text(name, optional=optional, raw=True)
        if value and value not in allowed:
            raise self.error(name, f'Ugyldig værdi "{value}". Tilladte værdier: {", ".join(allowed)}.')
        return value

    def flag(self, name: str) -> bool:
        value = self._raw(name, False)
        if not isinstance(value, bool):
            raise self._wrong(name, "true eller false", value)
        return value

    def integer(self, name: str, minimum: int, maximum: int | None = None) -> int:
        value = self._raw(name, False)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._wrong(name, "et heltal", value)
        if value < minimum:
            raise self.error(
                name, "Må ikke være negativ." if minimum == 0 else f"Skal være mindst {minimum}."
            )
        if maximum is not None and value > maximum:
            raise self.error(name, f"Må højst være {maximum}.")
        return value

    def optional_integer(self, name: str, minimum: int, maximum: int | None = None) -> int | None:
        """An integer, or ``None`` when the key is left out."""
        return self.integer(name, minimum, maximum) if name in self.data else None

    def number(self, name: str) -> float:
        value = self._raw(name, False)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._wrong(name, "et tal", value)
        return float(value)

    def table(self, name: str, *, optional: bool = False) -> TableReader:
        """A sub-table; an optional one left out reads as an empty table."""
        if optional and name not in self.data:
            return TableReader(self.key(name), {})
        value = self._raw(name, False)
        if not isinstance(value, dict):
            raise self._wrong(name, f"en tabel ([{self.key(name)}])", value)
        return TableReader(self.key(name), value)

    def tables(self, name: str, *, required: bool) -> list[TableReader]:
        """An array of tables (``[[name]]``); ``required`` means present with at least one entry."""
        value = self._raw(name, not required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._wrong(name, f"en række tabeller ([[{self.key(name)}]])", value)
        if required and not value:
            raise self.error(name, "Der skal være mindst én.")
        result = []
        for number, item in enumerate(value, start=1):
            path = f"{self.key(name)}[{number}]"
            if not isinstance(item, dict):
                raise TableError(path, f"Skal være en tabel ([[{self.key(name)}]]), men er {_kind_of(item)}.")
            result.append(TableReader(path, item))
        return result

    def strings(self, name: str) -> tuple[str, ...]:
        """An optional list of non-empty texts; absent -> ()."""
        value = self._raw(name, True)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self._wrong(name, "en liste af tekster", value)
        for number, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                raise TableError(f"{self.key(name)}[{number}]", "Skal være en tekst, der ikke er tom.")
        return tuple(item.strip() for item in value)

    def ident(self, seen: dict[str, str]) -> str:
        """The entry's ``id``: well formed and not used before in ``seen`` (id -> key path)."""
        value = self.text("id", raw=True)
        if not _ID.fullmatch(value):
            raise self.error(
                "id",
                f'"{value}" er ikke et gyldigt id. Brug små bogstaver a-z, tal, "-" og "_" (ikke æ, ø, å).',
            )
        if value in seen:
            raise self.error("id", f'Id\'et "{value}" er allerede brugt i {seen[value]}.')
        seen[value] = self.key("id")
        return value

    def postcode(self, name: str) -> str:
        value = self._raw(name, False)
        if isinstance(value, int) and not isinstance(value, bool):
            raise self.error(name, f'Postnummeret skal skrives i anførselstegn, fx {name} = "{value}".')
        code = self.text(name, raw=True)
        if not _POSTCODE.fullmatch(code):
            raise self.error(name, f'Postnummeret "{code}" skal være 4 cifre, fx "7700".')
        return code

    def email(self, name: str, *, optional: bool = False) -> str:
        value = self.text(name, optional=optional, raw=True)
        if value and not _EMAIL.fullmatch(value):
            raise self.error(name, f'"{value}" er ikke en gyldig e-mailadresse.')
        return value
