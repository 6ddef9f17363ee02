"""What benchmarks/render.py renders: the demo cases as documents, and the bare anchors."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import re
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


def word_document(goals: int) -> str:
    """The same goals as a flat OpenDocument text, for the LibreOffice route."""
    body = []
    for number in range(1, goals + 1):
        body.append(f"<text:h text:outline-level='2'>Mål {number}</text:h><text:p>{escape(GOAL)}</text:p>")
        rows = "".join(f"<table:table-row><table:table-cell><text:p>{escape(label)}</text:p></table:table-cell>"
                       f"<table:table-cell><text:p>{escape(VALUE)}</text:p></table:table-cell></table:table-row>"
                       for label in ROWS)
        body.append(f"<table:table table:name='Mål{number}'><table:table-column table:number-columns-repeated='2'/>"
                    f"{rows}</table:table>")
    return ("<?xml version='1.0' encoding='UTF-8'?>"
            "<office:document xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
            "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' "
            "xmlns:table='urn:oasis:names:tc:opendocument:xmlns:table:1.0' office:version='1.2' "
            "office:mimetype='application/vnd.oasis.opendocument.text'><office:body><office:text>"
            + "".join(body) + "</office:text></office:body></office:document>")
