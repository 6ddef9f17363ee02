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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from visitation_desktop.documents import fonts as font_registry
from visitation_desktop.documents.errors import DocumentIncomplete as DocumentIncomplete  # re-exported
from visitation_desktop.documents.errors import DocumentNotOffered as DocumentNotOffered  # re-exported
from visitation_desktop.documents.text import clean, keep_together, para_text
from visitation_desktop.domain import cpr, deadlines
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.standard import Contact, Offer, Standard

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

MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)


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
    """The main family's face names (registered once, read at first use; see ``fonts``)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


@lru_cache(maxsize=1)
def fonts() -> Fonts:
    return Fonts(*(font_registry.face_name(style) for style in font_registry.STYLES))


def para(markup: str, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    """A Paragraph of ``markup`` (made with ``para_text``), shaped by harfbuzz when its script needs it."""
    variant = style.fontName.rsplit("-", 1)[-1]
    if variant != "Regular" and 'Regular">' in markup:  # a run in a fallback family keeps bold/italic
        markup = markup.replace('-Regular">', f'-{variant}">')
    return Paragraph(markup, _shaped(style) if font_registry.needs_shaping(markup) else style, **kwargs)


_SHAPED: WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = WeakKeyDictionary()


def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    found = _SHAPED.get(style)
    if found is None:
        found = _SHAPED[style] = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return found


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


@lru_cache(maxsize=8)
def styles(base: float = 10.0) -> Styles:
    """The paragraph styles of a document, scaled from its body size; made once per size and shared
    (treat them as read-only)."""
    f = fonts()
    lead = base * 1.35
    body = ParagraphStyle("body", fontName=f.regular, fontSize=base, leading=lead, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=base * 0.45, bulletFontName=f.regular,
                          bulletFontSize=base, embeddedHyphenation=1)  # a long name breaks at its own hyphens
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
        "h2flow": ParagraphStyle("h2flow", fontName=f.bold, fontSize=base * 1.1, leading=base * 1.45, textColor=INK,
                                 spaceBefore=base * 0.7, spaceAfter=base * 0.3, embeddedHyphenation=1),
        "quote": ParagraphStyle("quote", parent=body, fontName=f.italic, fontSize=base * 1.1,
                                leading=base * 1.5, leftIndent=base, textColor=INK),
        "lead": ParagraphStyle("lead", parent=body, fontName=f.bold, fontSize=base * 1.1, leading=base * 1.5),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "cellbold": ParagraphStyle("cellbold", parent=body, fontName=f.bold, spaceAfter=0),
    }


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """A text with empty lines between paragraphs as one Paragraph each."""
    parts = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return [para(para_text(p), style) for p in parts]


def bullets(texts: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """One paragraph per text, each with a bullet."""
    return [para(para_text(t), style, bulletText="\u2022") for t in texts if t.strip()]


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose cells use the embedded font (reportlab's default would be Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts().regular), *commands])


_PAD = 3.0  # points of padding left and right in a table cell


MAX_PLAIN_LINES = 12  # a cell with more lines is a paragraph, which may split across pages


def plain_lines(text: str, font: str, size: float, width: float) -> list[str] | None:
    """``text`` broken greedily into lines no wider than ``width`` in ``font`` (no-break spaces
    kept), or None when it needs a paragraph: other scripts, a word too long for a line, too long."""
    if not font_registry.all_safe(text):
        return None
    lines: list[str] = []
    space = pdfmetrics.stringWidth(" ", font, size)
    for source in keep_together(text).split("\n"):
        line, used = "", 0.0
        for word in source.split(" "):
            wide = pdfmetrics.stringWidth(word, font, size)
            if line and used + space + wide <= width:
                line, used = f"{line} {word}", used + space + wide
            elif wide <= width:
                if line:
                    lines.append(line)
                line, used = word, wide
            else:
                return None
        lines.append(line)
        if len(lines) > MAX_PLAIN_LINES:
            return None
    return lines


def cell(text: str, style: ParagraphStyle, width: float) -> Paragraph | str:
    """A table cell: plain lines drawn by the table itself when the main font draws the text (no
    paragraph to lay out, again and again, as tables do), else a paragraph with fonts per run."""
    text = text.strip()
    lines = plain_lines(text, style.fontName, style.fontSize, width - 2 * _PAD) if text else None
    if lines is not None:
        return "\n".join(lines)
    return para(para_text(text) or "\u2013", style)


def kv_table(rows: Sequence[tuple[str, str]], st: Styles, width: float,
             label_width: float = 45 * mm) -> Table:
    """Label/value rows in two columns; long values may split across pages."""
    label, value = st["cellbold"], st["cell"]
    data = [[cell(a, label, label_width), cell(b, value, width - label_width)] for a, b in rows]
    table = Table(data, colWidths=[label_width, width - label_width], splitByRow=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style(
        ("FONTNAME", (0, 0), (0, -1), label.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), value.fontSize),
        ("LEADING", (0, 0), (-1, -1), value.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), value.textColor),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
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


def _header_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    f = fonts()
    name = ParagraphStyle("head-name", fontName=f.bold, fontSize=12, leading=13, textColor=ACCENT)
    left = ParagraphStyle("head-left", fontName=f.regular, fontSize=8.5, leading=4.0 * mm, textColor=INK)
    right = ParagraphStyle("head-right", parent=left, alignment=TA_RIGHT)
    return name, left, right


_HEADER = _header_styles()


def header_lines(ctx: DocumentContext) -> list[str]:
    """The letterhead's right column: the caseworker and the ways to reach the municipality."""
    contact = ctx.standard.contact
    # three lines fit above the rule; every channel is in the body (contact box, complaint guidance)
    return [f"Sagsbehandler: {ctx.caseworker_name}", *contact_lines(contact, skip=("address", "letter"))][:3]


def _fitted(canvas: Canvas, text: str, style: ParagraphStyle, width: float, height: float) -> tuple[Paragraph, float]:
    """``text`` as a paragraph ``width`` wide, in a smaller size when needed so it stays within ``height``
    (a long unit name wraps; the letterhead's rule must not cross it). Returns it and its height."""
    block = para(para_text(text), style)
    _, h = block.wrapOn(canvas, width, 40 * mm)
    for scale in (0.9, 0.8, 0.7):
        if h <= height:
            break
        smaller = ParagraphStyle(f"{style.name}-{scale}", parent=style, fontSize=style.fontSize * scale,
                                 leading=style.leading * scale)
        block = para(para_text(text), smaller)
        _, h = block.wrapOn(canvas, width, 40 * mm)
    return block, h


def _draw_header(ctx: DocumentContext, plain: bool, canvas: Canvas, _doc: BaseDocTemplate) -> None:
    """The letterhead, drawn as paragraphs so a name in any script prints (fonts per run, shaping).

    The first page has it whole; later pages (and every page of an easy-read) the municipality
    and one way to reach it, as a letter's continuation pages do."""
    plain = plain or canvas.getPageNumber() > 1
    width, height = PAGE_SIZE
    contact = ctx.standard.contact
    top = height - 12 * mm
    inner = width - 2 * MARGIN_X
    name_style, left, right = _HEADER
    canvas.saveState()
    municipality = para(para_text(ctx.standard.municipality), name_style)
    municipality.wrapOn(canvas, inner / 2, 20 * mm)
    municipality.drawOn(canvas, MARGIN_X, top - 2.5)
    lines = [] if plain else [x for x in (contact.unit, contact.address) if x]
    if lines:
        block, h = _fitted(canvas, "\n".join(lines), left, inner / 2, 9.6 * mm)
        block.drawOn(canvas, MARGIN_X, top - 1.6 * mm - h)
    phone = f"Ring på {contact.phone}" if contact.phone else ""
    shown = [phone or contact_lines(contact, skip=("address", "letter"))[0]] if plain else header_lines(ctx)
    block, h = _fitted(canvas, "\n".join(shown), right, inner / 2, 14.2 * mm)
    block.drawOn(canvas, width - MARGIN_X - inner / 2, top + 3.0 * mm - h)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 11.5 * mm, width - MARGIN_X, top - 11.5 * mm)
    canvas.restoreState()


def build_pdf(ctx: DocumentContext, story: Sequence[Flowable], title: str, dated: dt.date | None = None,
              *, plain_header: bool = False) -> bytes:
    """Lay the story out on A4 pages with the letterhead and "Side x af y", in memory.

    The footer names the document and its date (``dated``, or the context's today).
    ``plain_header``: the easy-read's letterhead, the municipality and one phone line only.
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
    on_page: Callable[[Canvas, BaseDocTemplate], None] = partial(_draw_header, ctx, plain_header)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    footer = clean(f"{title} · {date_text(dated or ctx.today)}")
    a85, rl_config.useA85 = rl_config.useA85, 0  # page streams compressed only, not also ASCII85'd (+25 %)
    try:
        doc.build(list(story), canvasmaker=partial(_NumberedCanvas, footer_left=footer))
    finally:
        rl_config.useA85 = a85
    return buffer.getvalue()
