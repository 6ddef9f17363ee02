"""Why a document cannot be made; free of reportlab, so callers can catch these without loading it."""

from __future__ import annotations


class DocumentIncomplete(ValueError):
    """The case lacks what the document must say; ``missing`` names it in Danish."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__("Dokumentet mangler: " + ", ".join(missing))
        self.missing = missing


class DocumentNotOffered(DocumentIncomplete):
    """The case's outcome has no such document; ``reason`` says why, in Danish."""

    def __init__(self, reason: str) -> None:
        super().__init__([])
        self.args = (reason,)
        self.reason = reason
