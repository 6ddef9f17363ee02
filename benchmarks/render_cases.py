"""What benchmarks/render.py renders: the demo cases as documents, and the bare anchors."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

TODAY = dt.date(2026, 11, 26)
PASSWORD = "benchmark-kodeord-1"
USER = "BM"
ROWS = ("Område", "Måltype", "Niveau", "Sådan måler vi det", "Tidsplan", "Sådan evaluerer vi", "Realistisk, fordi",
        "Accepteret af dig")
GOAL = ("Jeg vil gå med i gågruppen tirsdag og torsdag og blive hele turen, også når vi snakker undervejs.")
VALUE = "Antal gange om måneden, hvor Mette gik med hele vejen, skrevet i kalenderen af kontaktpersonen."


def contexts(goals: int) -> dict[str, tuple[Any, Any]]:
    """kind -> (DocumentKind, DocumentContext): the main demo case with ``goals`` goals, a refusal,
    and an undecided late case with its expected date and reason (the delay notice)."""
    from visitation_desktop.documents import DocumentContext, DocumentKind
    from visitation_desktop.domain.case import CaseStatus, new_goal_id
    from visitation_desktop.domain.ffb import load_catalogue
    from visitation_desktop.domain.standard import default_standard_path, load_standard
    from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases

    standard, catalogue = load_standard(default_standard_path()), load_catalogue()
    cases = demo_cases(standard, catalogue, TODAY)
    main = next(c for c in cases if c.citizen.name == MAIN_EXAMPLE)
    originals = list(main.goals)
    main.goals = []
    for number in range(goals):
        goal = copy.deepcopy(originals[number % len(originals)])
        goal.id = new_goal_id()
        main.goals.append(goal)
    refused = next(c for c in cases if c.status == CaseStatus.REFUSED.value)
    late = next(c for c in cases if c.citizen.name == "Niels Ejner Bak")
    late.decision = dataclasses.replace(late.decision, expected_on=TODAY + dt.timedelta(days=21),
                                        overrun_reason="Vi venter på en udtalelse fra din læge.")

    def ctx(case: Any) -> Any:
        return DocumentContext(case=case, standard=standard, catalogue=catalogue, caseworker_name="Benjamin Mørk",
                               caseworker_initials=USER, today=TODAY, plan_version=1)

    return {
        "handleplan": (DocumentKind.HANDLEPLAN, ctx(main)),
        "easyread": (DocumentKind.EASYREAD, ctx(main)),
        "decision": (DocumentKind.DECISION, ctx(main)),
        "decision-refusal": (DocumentKind.DECISION, ctx(refused)),
        "delay-notice": (DocumentKind.DELAY_NOTICE, ctx(late)),
    }


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


_BARE = '''
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

def bare(goals, out):
    st = getSampleStyleSheet()
    story = []
    for number in range(1, goals + 1):
        story.append(Paragraph(f"Mål {number}", st["Heading2"]))
        story.append(Paragraph(GOAL, st["BodyText"]))
        story.append(Table([[Paragraph(label, st["BodyText"]), Paragraph(VALUE, st["BodyText"])] for label in ROWS],
                           colWidths=[130, 320]))
    SimpleDocTemplate(out, pagesize=A4).build(story)
'''


def bare_reportlab(goals: int) -> bytes:
    """The anchor: the same goals in plain platypus (a heading, the goal, an eight-row table each)."""
    namespace: dict[str, Any] = {"GOAL": GOAL, "VALUE": VALUE, "ROWS": ROWS}
    exec(_BARE, namespace)  # noqa: S102 - the same source the whole-script anchor runs
    out = io.BytesIO()
    namespace["bare"](goals, out)
    return out.getvalue()


def bare_script(goals: int, out: Path) -> str:
    """The anchor as a whole script, for ``python bare.py``."""
    return (f"GOAL = {GOAL!r}\nVALUE = {VALUE!r}\nROWS = {ROWS!r}\n{_BARE}\n"
            f"bare({goals}, {str(out)!r})\n")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_PARTS = {
    "[Content_Types].xml": (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
        "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
        "<Default Extension='xml' ContentType='application/xml'/>"
        "<Override PartName='/word/document.xml' "
        "ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>"),
    "_rels/.rels": (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
        "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument' Target='word/document.xml'/></Relationships>"),
}


def _w_paragraph(text: str, bold: bool = False, size_half_points: int = 22) -> str:
    props = f"<w:rPr>{'<w:b/>' if bold else ''}<w:sz w:val='{size_half_points}'/></w:rPr>"
    return f"<w:p><w:r>{props}<w:t xml:space='preserve'>{escape(text)}</w:t></w:r></w:p>"


def _w_cell(text: str, twips: int) -> str:
    return f"<w:tc><w:tcPr><w:tcW w:w='{twips}' w:type='dxa'/></w:tcPr>{_w_paragraph(text)}</w:tc>"


def word_docx(goals: int, out: Path) -> Path:
    """The same goals as a Word file (.docx, WordprocessingML written directly): a heading, the goal
    and an eight-row table per goal, the document a caseworker would convert with LibreOffice."""
    borders = "".join(f"<w:{side} w:val='single' w:sz='4' w:space='0' w:color='999999'/>"
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    body = []
    for number in range(1, goals + 1):
        body.append(_w_paragraph(f"Mål {number}", bold=True, size_half_points=28))
        body.append(_w_paragraph(GOAL))
        rows = "".join(f"<w:tr>{_w_cell(label, 2600)}{_w_cell(VALUE, 6400)}</w:tr>" for label in ROWS)
        body.append(f"<w:tbl><w:tblPr><w:tblW w:w='9000' w:type='dxa'/><w:tblBorders>{borders}</w:tblBorders>"
                    f"</w:tblPr><w:tblGrid><w:gridCol w:w='2600'/><w:gridCol w:w='6400'/></w:tblGrid>{rows}</w:tbl>")
    document = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document xmlns:w='{_W}'><w:body>"
                + "".join(body) + "<w:sectPr><w:pgSz w:w='11906' w:h='16838'/></w:sectPr></w:body></w:document>")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as docx:
        for name, xml in _DOCX_PARTS.items():
            docx.writestr(name, xml)
        docx.writestr("word/document.xml", document)
    return out
