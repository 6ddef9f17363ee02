"""What every document shares: fonts, safe text, the page frame and the render context.

Documents are built in memory (``io.BytesIO``) and returned as bytes: no temp files.
Every font is a TrueType font shipped with the program (``resources/fonts``) and embedded
in the PDF as a subset, so the printout looks the same on every platform and printer;
no system font folder is read.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from visitation_desktop.domain import cpr, deadlines
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.standard import Contact, Offer, Standard
from visitation_desktop.resources import font_file

PAGE_SIZE = A4

CHANNEL_LABELS = {"phone": "Telefon", "email": "E-mail", "digital_post": "Digital Post", "letter": "Brev",
                  "address": "Adresse"}


def contact_lines(contact: Contact, *, skip: tuple[str, ...] = ()) -> list[str]:
    """ "Telefon: 99 17 19 20", "E-mail: ...": one line per channel the standard gives."""
    return [f"{CHANNEL_LABELS[name]}: {value}" for name, value in contact.channels() if name not in skip]

MARGIN_X = 20 * mm
MARGIN_TOP = 32 * mm
MARGIN_BOTTOM = 22 * mm

INK = colors.HexColor("#1f2a33")
ACCENT = colors.HexColor("#1d5a7a")
MUTED = colors.HexColor("#5b6770")
RULE = colors.HexColor("#b9c4cc")
SHADE = colors.HexColor("#eef3f6")
SHADE_STRONG = colors.HexColor("#dbe8ef")

_DEJAVU_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
_FAMILY = "VDSans"

MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)


class DocumentIncomplete(ValueError):
    """The case lacks what the document must say; ``missing`` names it in Danish."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__("Dokumentet mangler: " + ", ".join(missing))
        self.missing = missing


@dataclass(frozen=True)
class DocumentContext:
    case: CaseFile
    standard: Standard
    catalogue: Catalogue
    caseworker_name: str
    caseworker_initials: str
    today: dt.date
    plan_version: int
    show_full_cpr: bool = False


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # "DejaVu Sans"
    coverage: frozenset[int]  # code points every face of the family can draw
    replacement: str  # what a character the fonts lack becomes


def _font_files() -> tuple[tuple[Path, ...], str]:
    """The program's own DejaVu Sans (``resources/fonts``); no system font is ever read."""
    return tuple(font_file(name) for name in _DEJAVU_FILES), "DejaVu Sans"


@lru_cache(maxsize=1)
def fonts() -> Fonts:
    """Register the family once and return its names and coverage."""
    files, source = _font_files()
    names = tuple(f"{_FAMILY}-{style}" for style in ("Regular", "Bold", "Italic", "BoldItalic"))
    coverage: set[int] | None = None
    for name, path in zip(names, files, strict=True):
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        chars = set(font.face.charToGlyph)
        coverage = chars if coverage is None else coverage & chars
    pdfmetrics.registerFontFamily(_FAMILY, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
    covered = frozenset(coverage or ())
    replacement = "\u25a1" if 0x25A1 in covered else "?"
    return Fonts(regular=names[0], bold=names[1], italic=names[2], bold_italic=names[3], source=source,
                 coverage=covered, replacement=replacement)


def clean(text: str) -> str:
    """Plain text the fonts can draw: unknown characters become a visible box (or "?").

    Invisible format characters (joiners, variation selectors) are dropped; tabs become
    spaces; line breaks stay.
    """
    f = fonts()
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "\n":
            out.append(ch)
            continue
        if ch in "\t\r":
            out.append(" ")
            continue
        category = unicodedata.category(ch)
        if category == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF:
            continue
        if category in ("Cc", "Cs", "Co", "Cn") or ord(ch) not in f.coverage:
            out.append(f.replacement)
            continue
        out.append(ch)
    return "".join(out)


_KEEP_TOGETHER = re.compile(r"(§§?|\d) (\d|uger\b|måneder\b|år\b)")


def para_text(text: str) -> str:
    """Text made safe for a reportlab Paragraph: cleaned, XML-escaped, line breaks kept.

    "§ 104" and "4 uger" get a no-break space, so a line never ends between them.
    """
    lines = _KEEP_TOGETHER.sub("\\1\u00a0\\2", clean(text)).strip().split("\n")
    return "<br/>".join(escape(line) for line in lines)


def date_text(day: dt.date | None, empty: str = "ikke fastsat") -> str:
    """A Danish long date: "3. marts 2025"."""
    if day is None:
        return empty
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def cpr_text(ctx: DocumentContext) -> str:
    """The citizen's CPR as printed: masked unless the caseworker chose the full number."""
    number = ctx.case.citizen.cpr
    if not number:
        return "ikke oplyst"
    return cpr.format_cpr(number) if ctx.show_full_cpr else cpr.mask(number)


def followups(ctx: DocumentContext, count: int = 3) -> list[dt.date]:
    """The next follow-up dates from the planned start, by the standard's intervals; [] without a start."""
    start = ctx.case.placement.planned_start
    if start is None:
        return []
    std = ctx.standard
    return list(deadlines.followup_dates(start, std.first_followup_months, std.followup_interval_months, count))


def offer_address(offer: Offer) -> str:
    return f"{offer.address}, {offer.postcode} {offer.town}"


Styles = dict[str, ParagraphStyle]


def styles(base: float = 10.0) -> Styles:
    """The paragraph styles of one document, scaled from its body size."""
    f = fonts()
    lead = base * 1.35
    body = ParagraphStyle("body", fontName=f.regular, fontSize=base, leading=lead, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=base * 0.45, bulletFontName=f.regular,
                          bulletFontSize=base)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=base * 0.85, leading=base * 1.15,
                                textColor=INK, spaceAfter=0),
        "muted": ParagraphStyle("muted", parent=body, fontSize=base * 0.85, leading=base * 1.15,
                                textColor=MUTED),
        "smallbold": ParagraphStyle("smallbold", parent=body, fontName=f.bold, fontSize=base * 0.85,
                                    leading=base * 1.15, spaceAfter=0),
        "label": ParagraphStyle("label", parent=body, fontName=f.bold, spaceAfter=1, keepWithNext=1),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=base * 1.3, bulletIndent=base * 0.3,
                                 spaceAfter=base * 0.25),
        "title": ParagraphStyle("title", parent=body, fontName=f.bold, fontSize=base * 1.9,
                                leading=base * 2.3, textColor=ACCENT, spaceAfter=base * 0.6),
        "h1": ParagraphStyle("h1", parent=body, fontName=f.bold, fontSize=base * 1.35, leading=base * 1.7,
                             textColor=ACCENT, spaceBefore=base * 1.1, spaceAfter=base * 0.45, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=f.bold, fontSize=base * 1.1, leading=base * 1.45,
                             spaceBefore=base * 0.7, spaceAfter=base * 0.3, keepWithNext=1),
        "quote": ParagraphStyle("quote", parent=body, fontName=f.italic, fontSize=base * 1.1,
                                leading=base * 1.5, leftIndent=base, textColor=INK),
        "lead": ParagraphStyle("lead", parent=body, fontName=f.bold, fontSize=base * 1.1, leading=base * 1.5),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "cellbold": ParagraphStyle("cellbold", parent=body, fontName=f.bold, spaceAfter=0),
    }


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """A text with empty lines between paragraphs as one Paragraph each."""
    parts = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return [Paragraph(para_text(p), style) for p in parts]


def bullets(texts: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """One paragraph per text, each with a bullet."""
    return [Paragraph(para_text(t), style, bulletText="\u2022") for t in texts if t.strip()]


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose cells use the embedded font (reportlab's default would be Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts().regular), *commands])


def kv_table(rows: Sequence[tuple[str, str]], st: Styles, width: float,
             label_width: float = 45 * mm) -> Table:
    """Label/value rows in two columns; long values may split across pages."""
    data = [[Paragraph(para_text(label), st["cellbold"]), Paragraph(para_text(value) or "\u2013", st["cell"])]
            for label, value in rows]
    table = Table(data, colWidths=[label_width, width - label_width], splitByRow=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))
    return table


class _NumberedCanvas(Canvas):
    """Holds every page until the end, then writes "Side x af y" on each."""

    def __init__(self, *args: Any, footer_left: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer_left = footer_left

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, total: int) -> None:
        f = fonts()
        width = PAGE_SIZE[0]
        y = MARGIN_BOTTOM - 10 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
        self.setFillColor(MUTED)
        self.setFont(f.regular, 8.5)
        self.drawString(MARGIN_X, y, self._footer_left)
        self.drawRightString(width - MARGIN_X, y, f"Side {self._pageNumber} af {total}")
        self.restoreState()


def _draw_header(ctx: DocumentContext, canvas: Canvas, _doc: BaseDocTemplate) -> None:
    f = fonts()
    width, height = PAGE_SIZE
    contact = ctx.standard.contact
    top = height - 12 * mm
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.setFont(f.bold, 12)
    canvas.drawString(MARGIN_X, top, clean(ctx.standard.municipality))
    canvas.setFillColor(INK)
    canvas.setFont(f.regular, 8.5)
    canvas.drawString(MARGIN_X, top - 4.6 * mm, clean(contact.unit))
    if contact.address:
        canvas.drawString(MARGIN_X, top - 8.6 * mm, clean(contact.address))
    right = [f"Sagsbehandler: {ctx.caseworker_name}", *contact_lines(contact, skip=("address", "letter"))][:4]
    for i, line in enumerate(right):
        canvas.drawRightString(width - MARGIN_X, top - i * 4.0 * mm, clean(line))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 11.5 * mm, width - MARGIN_X, top - 11.5 * mm)
    canvas.restoreState()


def build_pdf(ctx: DocumentContext, story: Sequence[Flowable], title: str, dated: dt.date | None = None) -> bytes:
    """Lay the story out on A4 pages with the letterhead and "Side x af y", in memory.

    The footer names the document and its date (``dated``, or the context's today).
    """
    f = fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean(title),
        author=clean(ctx.standard.municipality),
        subject=clean(title),
        creator="Visitation Desktop",
        invariant=1,
        initialFontName=f.regular,
        lang="da-DK",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    on_page: Callable[[Canvas, BaseDocTemplate], None] = partial(_draw_header, ctx)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    footer = clean(f"{title} · {date_text(dated or ctx.today)}")
    doc.build(list(story), canvasmaker=partial(_NumberedCanvas, footer_left=footer))
    return buffer.getvalue()
