"""The whole case on one page, as HTML: what the wizard's last page shows and the CLI can print.

``case_summary_html`` is pure: the case, the standard and the catalogue in, escaped HTML out.
The CPR number is masked; every text the caseworker or citizen typed is escaped.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from ..domain import cpr
from ..domain.case import CHANNEL_LABELS, PAGE_TITLES, CaseFile, Channel, Goal, Outcome, WizardPage
from ..domain.deadlines import days_left_text, decision_deadline
from ..domain.ffb import Catalogue
from ..domain.findings import SEVERITY_LABELS, by_severity, plain
from ..domain.rules import check_case, open_findings
from ..domain.smart import LABELS
from ..domain.standard import Standard
from .acceptance import acceptance_text

OUTCOME_LABELS = {Outcome.GRANT.value: "Bevilling", Outcome.REFUSAL.value: "Afslag"}
NOT_GIVEN = "Ikke udfyldt"
KEY_WIDTH = 230  # px of the label column, the same in every section


def _date(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else NOT_GIVEN


def _grey(text: str) -> str:
    return f"<span style='color:#777'>{escape(text)}</span>"


def _text(value: str) -> str:
    """Typed text, escaped, line breaks kept; empty shows as "Ikke udfyldt" in grey."""
    if not value.strip():
        return _grey(NOT_GIVEN)
    return escape(value.strip()).replace("\n", "<br>")


def _rows(pairs: list[tuple[str, str]]) -> str:
    """A two-column table; values are HTML already (use ``_text`` or ``escape``)."""
    cells = "".join(
        f"<tr><td width='{KEY_WIDTH}' style='padding-right:12px'><b>{escape(k)}</b></td><td>{v}</td></tr>"
        for k, v in pairs
    )
    return f"<table cellspacing='2' width='100%'>{cells}</table>"


def _items(texts: list[str]) -> str:
    if not texts:
        return f"<p>{_grey(NOT_GIVEN)}</p>"
    return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>"


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}"


def _citizen(case: CaseFile) -> str:
    c = case.citizen
    town = " ".join(part for part in (c.postcode.strip(), c.town.strip()) if part)
    return _rows(
        [
            ("Navn", _text(c.name)),
            ("CPR-nummer", escape(cpr.mask(c.cpr)) if c.cpr.strip() else _text("")),
            ("Adresse", _text(", ".join(p for p in (c.address.strip(), town) if p))),
            ("Telefon", _text(c.phone)),
            ("E-mail", _text(c.email)),
        ]
    )


def _application(case: CaseFile, standard: Standard, today: dt.date) -> str:
    a = case.application
    channel = CHANNEL_LABELS.get(Channel(a.channel), "") if a.channel in {c.value for c in Channel} else ""
    rows = [("Modtaget", escape(_date(a.received))), ("Kanal", _text(channel))]
    if a.by_relative:
        who = ", ".join(p for p in (a.relative_name, a.relative_relation, a.relative_contact) if p.strip())
        rows.append(("Henvendelse fra pårørende", _text(who)))
    if a.received is not None:
        deadline = decision_deadline(a.received, standard.decision_deadline_weeks)
        state = "" if case.decision.decided_on else f" ({days_left_text((deadline - today).days).lower()})"
        rows.append(("Frist for afgørelse", escape(_date(deadline) + state)))
    consent = {"given": "Givet", "declined": "Ikke givet"}.get(case.consent.status, NOT_GIVEN)
    rows.append(("Samtykke (§ 11 a)", escape(consent)))
    return _rows(rows)


def _target_group(case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date) -> str:
    lines = []
    for criterion in standard.criteria:
        if criterion.kind == "min_age":
            try:
                birth = cpr.parse(case.citizen.cpr, today).birth_date
                day = max(case.decision.decided_on or today, birth)
                verdict = f"borgeren er {cpr.age_on(birth, day)} år ifølge CPR-nummeret"
            except cpr.CprError:
                verdict = "alderen kan ikke beregnes uden et gyldigt CPR-nummer"
        else:
            judged = case.target_group.criteria.get(criterion.id)
            verdict = {True: "opfyldt", False: "ikke opfyldt", None: "ikke vurderet"}[judged]
        lines.append(f"<li>{escape(plain(criterion.text))} <i>({escape(verdict)})</i></li>")
    groups = [g.name for g in (catalogue.target_group(code) for code in case.target_group.codes) if g]
    rows = [
        ("Målgruppe (FFB)", _text(", ".join(groups))),
        ("Individuel vurdering", _text(case.target_group.individual_assessment)),
    ]
    return f"<ul>{''.join(lines)}</ul>" + _rows(rows)


def _assessment(case: CaseFile, catalogue: Catalogue) -> str:
    parts = []
    for theme_code, theme in case.assessment.themes.items():
        found = catalogue.theme(theme_code)
        levels = [
            (
                sub.name if sub else "Ukendt undertema",
                catalogue.ability_level(v).name if v in range(5) else "Ikke vurderet",
            )
            for code, v in theme.levels.items()
            for sub in [catalogue.subtheme(code)]
        ]
        rows = [(name, escape(level)) for name, level in levels]
        rows += [
            (label, _text(value))
            for label, value in (
                ("Ressourcer", theme.resources),
                ("Udfordringer", theme.challenges),
                ("Borgerens egne ord", theme.own_words),
            )
            if value.strip()
        ]
        parts.append(f"<p><b>{escape(found.name if found else 'Ukendt tema')}</b></p>{_rows(rows)}")
    for code, text in case.assessment.descriptions.items():
        sub = catalogue.subtheme(code)
        if text.strip():
            parts.append(_rows([(sub.name if sub else "Ukendt undertema", _text(text))]))
    support = case.assessment.support_level
    support_text = catalogue.support_level(support).name if support in range(5) else "Ikke vurderet"
    parts.append(_rows([("Samlet støttebehov", escape(support_text))]))
    return "".join(parts)


def _purposes(case: CaseFile, standard: Standard) -> str:
    chosen = [plain(p.text) for p in (standard.purpose(i) for i in case.purposes.selected) if p]
    return _items(chosen) + _rows([("Borgerens ønsker", _text(case.purposes.citizen_wishes))])


def _goal(goal: Goal, number: int, catalogue: Catalogue) -> str:
    def level(value: int | None) -> str:
        return catalogue.ability_level(value).name if value in range(5) else "Ikke vurderet"

    subthemes = [
        sub.name for sub in (catalogue.subtheme(c) for c in (goal.subtheme, goal.second_subtheme) if c) if sub
    ]
    goal_type = catalogue.goal_type(goal.goal_type)
    measurable = f"Nu: {level(goal.current_level)}. Mål: {level(goal.target_level)}."
    if goal.measure.strip():
        measurable += f" Måles sådan: {goal.measure.strip()}"
    evaluation = goal.evaluation.strip()
    if evaluation and goal.evaluation_date:
        evaluation += f" Evalueringsdato: {_date(goal.evaluation_date)}."
    rows = [
        ("Måltype", _text(goal_type.name if goal_type else "")),
        (LABELS["S"], _text(", ".join(subthemes))),
        (LABELS["M"], _text(measurable)),
        (LABELS["A"], _text(f"{'Ja' if goal.accepted else 'Nej'}. {goal.acceptance_note}".strip())),
        (LABELS["R"], _text(goal.realistic_reason)),
        (LABELS["T"], escape(_date(goal.due))),
        (LABELS["E"], _text(evaluation)),
    ]
    return f"<p><b>Mål {number}:</b> {_text(goal.text)}</p>{_rows(rows)}"


def _activities(case: CaseFile, standard: Standard) -> str:
    acts = case.activities
    chosen = [a.text for a in (standard.activity(i) for i in acts.selected) if a]
    courses = [c.text for c in (standard.course(i) for i in acts.courses) if c]
    return _items(chosen + courses) + _rows([("Note", _text(acts.note))])


def _other_services(case: CaseFile, standard: Standard) -> str:
    lines = []
    for service in case.other_services:
        rule = standard.other_service(service.kind)
        name = f"{rule.paragraph} {rule.title}".strip() if rule else service.description or "Anden indsats"
        status = "søgt" if service.status == "applied" else "har"
        provider = f", {service.provider}" if service.provider.strip() else ""
        lines.append(f"{name} ({status}){provider}")
    coordination = case.coordination
    rows = [("Leverandører", _text(coordination.providers)), ("Aftale", _text(coordination.agreement))]
    return _items(lines) + _rows(rows)


def _offer(case: CaseFile, standard: Standard) -> str:
    p = case.placement
    offer = standard.offer(p.offer_id)
    size = standard.place_size(p.place)
    offer_text = f"{offer.name}, {offer.address}, {offer.postcode} {offer.town}" if offer else ""
    transport = {True: "Ja", False: "Nej", None: "Ikke afklaret"}[p.transport_needed]
    if p.transport_needed and p.transport_note.strip():
        transport += f": {p.transport_note.strip()}"
    rows = [
        ("Tilbud", _text(offer_text)),
        ("Plads", _text(size.label if size else "")),
        ("Venteliste", escape("Ja" if p.waitlist else "Nej")),
    ]
    if p.waitlist:
        rows.append(("Foreløbig løsning", _text(p.interim_solution)))
    rows += [("Befordring", escape(transport)), ("Forventet start", escape(_date(p.planned_start)))]
    return _rows(rows)


def _decision(case: CaseFile) -> str:
    d = case.decision
    rows = [
        (
            "Afgørelse",
            escape(OUTCOME_LABELS[d.outcome]) if d.outcome in OUTCOME_LABELS else _grey("Ikke truffet endnu"),
        ),
        ("Dato", escape(_date(d.decided_on))),
        ("Regler", _text(d.rules_applied)),
        ("Oplysninger", _text(d.facts)),
        ("Hovedhensyn", _text(d.considerations)),
    ]
    if d.overrun_reason.strip():
        rows.append(("Årsag til overskridelse", _text(d.overrun_reason)))
    if d.delay_notice.strip():
        rows.append(("Besked om forsinkelse", _text(d.delay_notice)))
    rows.append(("Borgerens accept af planen", escape(acceptance_text(case))))
    return _rows(rows)


def _findings(case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date) -> str:
    remaining = by_severity(open_findings(check_case(case, standard, catalogue, today)))
    if not remaining:
        return "<p style='color:#2e7d32'>✓ Ingen åbne fund.</p>"
    items = "".join(
        f"<li><b>{escape(SEVERITY_LABELS[f.severity])}</b> ({escape(PAGE_TITLES[WizardPage(f.page)])}): "
        f"{_text(f.message)}</li>"
        for f in remaining
    )
    return f"<ul>{items}</ul>"


def case_summary_html(case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date) -> str:
    """The case as one HTML page with headed sections, in the order of the wizard."""
    goals = "".join(_goal(g, n, catalogue) for n, g in enumerate(case.goals, start=1)) or _items([])
    sections = [
        ("Borger", _citizen(case)),
        ("Henvendelse og frist", _application(case, standard, today)),
        ("Målgruppe", _target_group(case, standard, catalogue, today)),
        ("Vurdering af ressourcer og behov", _assessment(case, catalogue)),
        ("Formål", _purposes(case, standard)),
        ("Mål (SMART)", goals),
        ("Aktiviteter", _activities(case, standard)),
        ("Andre indsatser og koordinering", _other_services(case, standard)),
        ("Tilbud og plads", _offer(case, standard)),
        ("Afgørelse og begrundelse", _decision(case)),
        ("Åbne fund", _findings(case, standard, catalogue, today)),
    ]
    title = f"<h2>{escape(standard.title)}</h2>"
    return "<html><body>" + title + "".join(_section(t, b) for t, b in sections) + "</body></html>"
