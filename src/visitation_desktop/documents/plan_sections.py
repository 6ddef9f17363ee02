"""The handleplan's longer parts: the SMART goals and the summary of the assessment."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from visitation_desktop.documents.chart import assessment_chart
from visitation_desktop.documents.common import (
    RULE,
    SHADE,
    SHADE_STRONG,
    DocumentContext,
    Styles,
    cell,
    date_text,
    kv_table,
    para,
    para_text,
    table_style,
)
from visitation_desktop.domain.case import Goal
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.tscore import MAX_SCORE, MIN_SCORE, gas_level_text

LONG_GOAL = 1200  # characters; a longer goal may not fit on one page, so it is not kept together


def level_text(catalogue: Catalogue, value: int | None) -> str:
    """ "Moderat nedsat funktionsevne (2)", or "Ikke vurderet"."""
    level = catalogue.ability_level(value)
    return level.name if value is None else f"{level.name} ({value})"


def _area(catalogue: Catalogue, goal: Goal) -> str:
    names = []
    for code in (goal.subtheme, goal.second_subtheme):
        sub = catalogue.subtheme(code) if code else None
        if sub is None:
            continue
        theme = catalogue.theme_of(code)
        names.append(f"{sub.name} ({theme.name})" if theme else sub.name)
    return " og ".join(names) or "Ikke valgt"


def _goal_rows(ctx: DocumentContext, goal: Goal) -> list[tuple[str, str]]:
    cat = ctx.catalogue
    goal_type = cat.goal_type(goal.goal_type) if goal.goal_type else None
    if goal.accepted:
        accepted = "Ja" + (f": {goal.acceptance_note}" if goal.acceptance_note.strip() else "")
    else:
        accepted = "Ikke endnu"
    when = f"Nås senest {date_text(goal.due)}. Evalueres {date_text(goal.evaluation_date)}."
    rows = [
        ("Område", _area(cat, goal)),
        ("Måltype", goal_type.name if goal_type else "Ikke valgt"),
        ("Niveau", f"I dag: {level_text(cat, goal.current_level)}\nMål: {level_text(cat, goal.target_level)}"),
        ("Sådan måler vi det", goal.measure),
        ("Tidsplan", when),
        ("Sådan evaluerer vi", goal.evaluation),
    ]
    if goal.realistic_reason.strip():
        rows.append(("Realistisk, fordi", goal.realistic_reason))
    rows.append(("Accepteret af dig", accepted))
    return rows


def _attainment(number: int, goal: Goal, st: Styles, width: float) -> list[Flowable]:
    """The five steps -2..+2 side by side, each with what it looks like for this goal."""
    steps = range(MIN_SCORE, MAX_SCORE + 1)
    if not any(goal.attainment_levels.get(k, "").strip() for k in steps):
        return []
    bold, small = st["smallbold"], st["small"]
    head = [cell(gas_level_text(k).replace(": ", "\n", 1), bold, width / 5) for k in steps]
    body = [cell(goal.attainment_levels.get(k, "") or "\u2013", small, width / 5) for k in steps]
    table = Table([head, body], colWidths=[width / 5] * 5, hAlign="LEFT")
    table.setStyle(table_style(
        ("FONTNAME", (0, 0), (-1, 0), bold.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), small.fontSize),
        ("LEADING", (0, 0), (-1, -1), small.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), small.textColor),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BACKGROUND", (2, 0), (2, -1), SHADE_STRONG),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ))
    return [Spacer(1, 2 * mm), para(f"Sådan ser vi, hvor godt mål {number} er nået", st["label"]), table]


def goals_section(ctx: DocumentContext, st: Styles, width: float) -> list[Flowable]:
    """Each goal in SMART form, with the citizen's own words first."""
    goals = ctx.case.goals
    out: list[Flowable] = [Paragraph("Mål for indsatsen", st["h1"])]
    out.append(Paragraph(
        "Vi har lavet målene sammen med dig, og de står med dine egne ord. For hvert mål står der, "
        "hvad du vil nå, hvordan vi ser, om du når det, og hvornår vi taler om det igen (SMART).", st["body"]))
    if not goals:
        out.append(Paragraph("Der er ikke skrevet mål endnu.", st["body"]))
        return out
    for i, goal in enumerate(goals, start=1):
        quote = para(f"\u00bb{para_text(goal.text) or 'Målet er ikke skrevet endnu.'}\u00ab", st["quote"])
        if len(goal.text) <= LONG_GOAL:
            # a goal that fits on a page is not split
            out.append(KeepTogether([para(f"Mål {i}", st["h2"]), quote, kv_table(_goal_rows(ctx, goal), st, width)]))
        else:
            # a very long goal starts where it is (with room for its first lines) and flows on
            out += [CondPageBreak(40 * mm), para(f"Mål {i}", st["h2flow"]), quote,
                    kv_table(_goal_rows(ctx, goal), st, width)]
        scale = _attainment(i, goal, st, width)
        if scale:
            out.append(KeepTogether(scale))
    return out


def _subtheme_levels(ctx: DocumentContext, levels: dict[str, int | None]) -> str:
    parts = []
    for code, value in levels.items():
        sub = ctx.catalogue.subtheme(code)
        if sub is None:
            continue
        level = ctx.catalogue.ability_level(value)
        parts.append(f"{sub.name}: {level.short}" + ("" if value is None else f" ({value})"))
    return "\n".join(parts)


def assessment_section(ctx: DocumentContext, st: Styles, width: float) -> list[Flowable]:
    """The chart of levels by theme, then resources, challenges and own words per theme."""
    assessment = ctx.case.assessment
    cat = ctx.catalogue
    out: list[Flowable] = [Paragraph("Udredning: dine ressourcer og behov", st["h1"])]
    chart = assessment_chart(assessment, cat, width)
    if chart is not None:
        out.append(Paragraph("Funktionsevne i hvert tema: gennemsnit af de områder, vi har vurderet",
                             st["label"]))
        out.append(chart)
        out.append(Spacer(1, 3 * mm))
    if assessment.support_level is not None:
        out.append(para(f"Samlet støttebehov: {para_text(cat.support_level(assessment.support_level).name)}",
                             st["body"]))
    shown = False
    for theme in cat.themes:
        found = assessment.themes.get(theme.code)
        if found is None:
            continue
        rows = [("Vurdering", _subtheme_levels(ctx, found.levels)), ("Ressourcer", found.resources),
                ("Udfordringer", found.challenges), ("Med dine egne ord", found.own_words)]
        rows = [(label, text) for label, text in rows if text.strip()]
        if not rows:
            continue
        shown = True
        out.append(para(para_text(theme.name), st["h2"]))
        out.append(kv_table(rows, st, width))
    described = [(cat.subtheme(code) or cat.theme(code), text) for code, text in assessment.descriptions.items()]
    described_rows = [(item.name, text) for item, text in described if item is not None and text.strip()]
    if described_rows:
        shown = True
        out.append(Paragraph("Andre forhold fra udredningen", st["h2"]))
        out.append(kv_table(described_rows, st, width))
    if not shown and chart is None:
        out.append(Paragraph("Udredningen er ikke skrevet endnu.", st["body"]))
    return out
