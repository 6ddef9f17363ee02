"""The whole case on one page, as HTML: what the wizard's last page shows and the CLI can print.

``case_summary_html`` is pure: the case, the standard and the catalogue in, escaped HTML out.
The CPR number is masked; every text the caseworker or citizen typed is escaped.

The program's own words (headings, labels, verdicts) are Danish templates marked with
``QT_TRANSLATE_NOOP("Messages", ...)`` and looked up through ``translate`` as they are written:
Danish as it stands when none is given (the CLI), the language chosen when the GUI passes Qt's
translation (``gui/messages.py``). The standard's texts, the FFB catalogue's themes and what was
typed stay as they are.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from ..domain import cpr
from ..domain.case import CHANNEL_LABELS, PAGE_TITLES, CaseFile, Channel, Goal, Outcome, WizardPage
from ..domain.deadlines import days_left_msg, decision_deadline
from ..domain.ffb import Catalogue
from ..domain.findings import SEVERITY_LABELS, Finding, by_severity, plain
from ..domain.messages import QT_TRANSLATE_NOOP, Translate, msg
from ..domain.rules import check_case, open_findings
from ..domain.smart import LABELS
from ..domain.standard import Standard
from .acceptance import acceptance_msg

OUTCOME_LABELS = {
    Outcome.GRANT.value: QT_TRANSLATE_NOOP("Messages", "Bevilling"),
    Outcome.REFUSAL.value: QT_TRANSLATE_NOOP("Messages", "Afslag"),
}
NOT_GIVEN = QT_TRANSLATE_NOOP("Messages", "Ikke udfyldt")
NOT_ASSESSED = QT_TRANSLATE_NOOP("Messages", "Ikke vurderet")
KEY_WIDTH = 230  # px of the label column, the same in every section

# Words from elsewhere that the summary shows, marked here for the .ts: how an application came
# in (domain.case.CHANNEL_LABELS), a finding's severity (domain.findings.SEVERITY_LABELS) and the
# FFB levels' names (KL's national vocabulary in resources/ffb/catalogue.json, not the municipality's).
MARKED_ELSEWHERE = (
    QT_TRANSLATE_NOOP("Messages", "E-mail"),
    QT_TRANSLATE_NOOP("Messages", "Telefon"),
    QT_TRANSLATE_NOOP("Messages", "Personligt fremmøde"),
    QT_TRANSLATE_NOOP("Messages", "Skal løses"),
    QT_TRANSLATE_NOOP("Messages", "Advarsel"),
    QT_TRANSLATE_NOOP("Messages", "Til orientering"),
    QT_TRANSLATE_NOOP("Messages", "Ingen nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("Messages", "Let nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("Messages", "Moderat nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("Messages", "Svært nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("Messages", "Fuldstændig nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("Messages", "Intet støttebehov"),
    QT_TRANSLATE_NOOP("Messages", "Let støttebehov"),
    QT_TRANSLATE_NOOP("Messages", "Moderat støttebehov"),
    QT_TRANSLATE_NOOP("Messages", "Højt støttebehov"),
    QT_TRANSLATE_NOOP("Messages", "Fuldstændigt støttebehov"),
)


def _same(text: str) -> str:
    return text


def _date(value: dt.date | None, t: Translate) -> str:
    return value.strftime("%d-%m-%Y") if value else t(NOT_GIVEN)


def _grey(text: str) -> str:
    return f"<span style='color:#777'>{escape(text)}</span>"


def _text(value: str, t: Translate) -> str:
    """Typed text, escaped, line breaks kept; empty shows as "Ikke udfyldt" in grey."""
    if not value.strip():
        return _grey(t(NOT_GIVEN))
    return escape(value.strip()).replace("\n", "<br>")


def _rows(pairs: list[tuple[str, str]], t: Translate) -> str:
    """A two-column table; keys are templates (translated here), values HTML already."""
    cells = "".join(
        f"<tr><td width='{KEY_WIDTH}' style='padding-right:12px'><b>{escape(t(k))}</b></td><td>{v}</td></tr>"
        for k, v in pairs
    )
    return f"<table cellspacing='2' width='100%'>{cells}</table>"


def _data_rows(pairs: list[tuple[str, str]]) -> str:
    """``_rows`` whose keys are the catalogue's names (not translated)."""
    return _rows(pairs, _same)


def _items(texts: list[str], t: Translate) -> str:
    if not texts:
        return f"<p>{_grey(t(NOT_GIVEN))}</p>"
    return "<ul>" + "".join(f"<li>{escape(x)}</li>" for x in texts) + "</ul>"


def _yes_no(value: bool, t: Translate) -> str:
    return t(QT_TRANSLATE_NOOP("Messages", "Ja")) if value else t(QT_TRANSLATE_NOOP("Messages", "Nej"))


def _level(catalogue: Catalogue, value: int | None, t: Translate) -> str:
    return t(catalogue.ability_level(value).name) if value in range(5) else t(NOT_ASSESSED)


def _citizen(case: CaseFile, t: Translate) -> str:
    c = case.citizen
    town = " ".join(part for part in (c.postcode.strip(), c.town.strip()) if part)
    rows = [
        (QT_TRANSLATE_NOOP("Messages", "Navn"), _text(c.name, t)),
        (QT_TRANSLATE_NOOP("Messages", "CPR-nummer"), escape(cpr.mask(c.cpr)) if c.cpr.strip() else _text("", t)),
        (QT_TRANSLATE_NOOP("Messages", "Adresse"), _text(", ".join(p for p in (c.address.strip(), town) if p), t)),
        (QT_TRANSLATE_NOOP("Messages", "Telefon"), _text(c.phone, t)),
        (QT_TRANSLATE_NOOP("Messages", "E-mail"), _text(c.email, t)),
    ]
    return _rows(rows, t)


def _application(case: CaseFile, standard: Standard, today: dt.date, t: Translate) -> str:
    a = case.application
    channel = CHANNEL_LABELS.get(Channel(a.channel), "") if a.channel in {c.value for c in Channel} else ""
    rows = [
        (QT_TRANSLATE_NOOP("Messages", "Modtaget"), escape(_date(a.received, t))),
        (QT_TRANSLATE_NOOP("Messages", "Kanal"), _text(t(channel) if channel else "", t)),
    ]
    if a.by_relative:
        who = ", ".join(p for p in (a.relative_name, a.relative_relation, a.relative_contact) if p.strip())
        rows.append((QT_TRANSLATE_NOOP("Messages", "Henvendelse fra pårørende"), _text(who, t)))
    if a.received is not None:
        deadline = decision_deadline(a.received, standard.decision_deadline_weeks)
        state = "" if case.decision.decided_on else f" ({days_left_msg((deadline - today).days).render(t)})"
        rows.append((QT_TRANSLATE_NOOP("Messages", "Frist for afgørelse"), escape(_date(deadline, t) + state)))
    consent = {
        "given": QT_TRANSLATE_NOOP("Messages", "Givet"),
        "declined": QT_TRANSLATE_NOOP("Messages", "Ikke givet"),
    }.get(case.consent.status, NOT_GIVEN)
    rows.append((QT_TRANSLATE_NOOP("Messages", "Samtykke (§ 11 a)"), escape(t(consent))))
    return _rows(rows, t)


def _age_verdict(case: CaseFile, today: dt.date, t: Translate) -> str:
    try:
        birth = cpr.parse(case.citizen.cpr, today).birth_date
    except cpr.CprError:
        return t(QT_TRANSLATE_NOOP("Messages", "alderen kan ikke beregnes uden et gyldigt CPR-nummer"))
    day = max(case.decision.decided_on or today, birth)
    age = cpr.age_on(birth, day)
    return msg(QT_TRANSLATE_NOOP("Messages", "borgeren er {age} år ifølge CPR-nummeret"), age=age).render(t)


def _target_group(case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date, t: Translate) -> str:
    verdicts = {
        True: QT_TRANSLATE_NOOP("Messages", "opfyldt"),
        False: QT_TRANSLATE_NOOP("Messages", "ikke opfyldt"),
        None: QT_TRANSLATE_NOOP("Messages", "ikke vurderet"),
    }
    lines = []
    for criterion in standard.criteria:
        if criterion.kind == "min_age":
            verdict = _age_verdict(case, today, t)
        else:
            verdict = t(verdicts[case.target_group.criteria.get(criterion.id)])
        lines.append(f"<li>{escape(plain(criterion.text))} <i>({escape(verdict)})</i></li>")
    groups = [g.name for g in (catalogue.target_group(code) for code in case.target_group.codes) if g]
    rows = [
        (QT_TRANSLATE_NOOP("Messages", "Målgruppe (FFB)"), _text(", ".join(groups), t)),
        (QT_TRANSLATE_NOOP("Messages", "Individuel vurdering"), _text(case.target_group.individual_assessment, t)),
    ]
    return f"<ul>{''.join(lines)}</ul>" + _rows(rows, t)


def _assessment(case: CaseFile, catalogue: Catalogue, t: Translate) -> str:
    unknown_sub = t(QT_TRANSLATE_NOOP("Messages", "Ukendt undertema"))
    parts = []
    for theme_code, theme in case.assessment.themes.items():
        found = catalogue.theme(theme_code)
        levels = [
            (sub.name if sub else unknown_sub, _level(catalogue, v, t))
            for code, v in theme.levels.items()
            for sub in [catalogue.subtheme(code)]
        ]
        rows = [(name, escape(level)) for name, level in levels]
        rows += [
            (t(label), _text(value, t))
            for label, value in (
                (QT_TRANSLATE_NOOP("Messages", "Ressourcer"), theme.resources),
                (QT_TRANSLATE_NOOP("Messages", "Udfordringer"), theme.challenges),
                (QT_TRANSLATE_NOOP("Messages", "Borgerens egne ord"), theme.own_words),
            )
            if value.strip()
        ]
        theme_name = found.name if found else t(QT_TRANSLATE_NOOP("Messages", "Ukendt tema"))
        parts.append(f"<p><b>{escape(theme_name)}</b></p>{_data_rows(rows)}")
    for code, text in case.assessment.descriptions.items():
        sub = catalogue.subtheme(code)
        if text.strip():
            parts.append(_data_rows([(sub.name if sub else unknown_sub, _text(text, t))]))
    support = case.assessment.support_level
    support_text = t(catalogue.support_level(support).name) if support in range(5) else t(NOT_ASSESSED)
    parts.append(_rows([(QT_TRANSLATE_NOOP("Messages", "Samlet støttebehov"), escape(support_text))], t))
    return "".join(parts)


def _purposes(case: CaseFile, standard: Standard, t: Translate) -> str:
    chosen = [plain(p.text) for p in (standard.purpose(i) for i in case.purposes.selected) if p]
    wishes = [(QT_TRANSLATE_NOOP("Messages", "Borgerens ønsker"), _text(case.purposes.citizen_wishes, t))]
    return _items(chosen, t) + _rows(wishes, t)


def _goal(goal: Goal, number: int, catalogue: Catalogue, t: Translate) -> str:
    subthemes = [
        sub.name for sub in (catalogue.subtheme(c) for c in (goal.subtheme, goal.second_subtheme) if c) if sub
    ]
    goal_type = catalogue.goal_type(goal.goal_type)
    measurable = msg(
        QT_TRANSLATE_NOOP("Messages", "Nu: {now}. Mål: {target}."),
        now=_level(catalogue, goal.current_level, t), target=_level(catalogue, goal.target_level, t),
    ).render(t)  # fmt: skip
    if goal.measure.strip():
        measurable += msg(QT_TRANSLATE_NOOP("Messages", " Måles sådan: {how}"), how=goal.measure.strip()).render(t)
    evaluation = goal.evaluation.strip()
    if evaluation and goal.evaluation_date:
        when = _date(goal.evaluation_date, t)
        evaluation += msg(QT_TRANSLATE_NOOP("Messages", " Evalueringsdato: {date}."), date=when).render(t)
    accepted = f"{_yes_no(goal.accepted, t)}. {goal.acceptance_note}".strip()
    rows = [
        (QT_TRANSLATE_NOOP("Messages", "Måltype"), _text(goal_type.name if goal_type else "", t)),
        (LABELS["S"], _text(", ".join(subthemes), t)),
        (LABELS["M"], _text(measurable, t)),
        (LABELS["A"], _text(accepted, t)),
        (LABELS["R"], _text(goal.realistic_reason, t)),
        (LABELS["T"], escape(_date(goal.due, t))),
        (LABELS["E"], _text(evaluation, t)),
    ]
    heading = msg(QT_TRANSLATE_NOOP("Messages", "Mål {number}:"), number=number).render(t)
    return f"<p><b>{escape(heading)}</b> {_text(goal.text, t)}</p>{_rows(rows, t)}"


def _activities(case: CaseFile, standard: Standard, t: Translate) -> str:
    acts = case.activities
    chosen = [a.text for a in (standard.activity(i) for i in acts.selected) if a]
    courses = [c.text for c in (standard.course(i) for i in acts.courses) if c]
    return _items(chosen + courses, t) + _rows([(QT_TRANSLATE_NOOP("Messages", "Note"), _text(acts.note, t))], t)


def _other_services(case: CaseFile, standard: Standard, t: Translate) -> str:
    lines = []
    for service in case.other_services:
        rule = standard.other_service(service.kind)
        if rule:
            name = f"{rule.paragraph} {rule.title}".strip()
        else:
            name = service.description or t(QT_TRANSLATE_NOOP("Messages", "Anden indsats"))
        applied = service.status == "applied"
        status = t(QT_TRANSLATE_NOOP("Messages", "søgt")) if applied else t(QT_TRANSLATE_NOOP("Messages", "har"))
        provider = f", {service.provider}" if service.provider.strip() else ""
        lines.append(f"{name} ({status}){provider}")
    coordination = case.coordination
    rows = [
        (QT_TRANSLATE_NOOP("Messages", "Leverandører"), _text(coordination.providers, t)),
        (QT_TRANSLATE_NOOP("Messages", "Aftale"), _text(coordination.agreement, t)),
    ]
    return _items(lines, t) + _rows(rows, t)


def _offer(case: CaseFile, standard: Standard, t: Translate) -> str:
    p = case.placement
    offer = standard.offer(p.offer_id)
    size = standard.place_size(p.place)
    offer_text = f"{offer.name}, {offer.address}, {offer.postcode} {offer.town}" if offer else ""
    if p.transport_needed is None:
        transport = t(QT_TRANSLATE_NOOP("Messages", "Ikke afklaret"))
    else:
        transport = _yes_no(p.transport_needed, t)
    if p.transport_needed and p.transport_note.strip():
        transport += f": {p.transport_note.strip()}"
    rows = [
        (QT_TRANSLATE_NOOP("Messages", "Tilbud"), _text(offer_text, t)),
        (QT_TRANSLATE_NOOP("Messages", "Plads"), _text(size.label if size else "", t)),
        (QT_TRANSLATE_NOOP("Messages", "Venteliste"), escape(_yes_no(p.waitlist, t))),
    ]
    if p.waitlist:
        rows.append((QT_TRANSLATE_NOOP("Messages", "Foreløbig løsning"), _text(p.interim_solution, t)))
    rows += [
        (QT_TRANSLATE_NOOP("Messages", "Befordring"), escape(transport)),
        (QT_TRANSLATE_NOOP("Messages", "Forventet start"), escape(_date(p.planned_start, t))),
    ]
    return _rows(rows, t)


def _decision(case: CaseFile, t: Translate) -> str:
    d = case.decision
    if d.outcome in OUTCOME_LABELS:
        outcome = escape(t(OUTCOME_LABELS[d.outcome]))
    else:
        outcome = _grey(t(QT_TRANSLATE_NOOP("Messages", "Ikke truffet endnu")))
    rows = [
        (QT_TRANSLATE_NOOP("Messages", "Afgørelse"), outcome),
        (QT_TRANSLATE_NOOP("Messages", "Dato"), escape(_date(d.decided_on, t))),
        (QT_TRANSLATE_NOOP("Messages", "Regler"), _text(d.rules_applied, t)),
        (QT_TRANSLATE_NOOP("Messages", "Oplysninger"), _text(d.facts, t)),
        (QT_TRANSLATE_NOOP("Messages", "Hovedhensyn"), _text(d.considerations, t)),
    ]
    if d.overrun_reason.strip():
        rows.append((QT_TRANSLATE_NOOP("Messages", "Årsag til overskridelse"), _text(d.overrun_reason, t)))
    if d.delay_notice.strip():
        rows.append((QT_TRANSLATE_NOOP("Messages", "Besked om forsinkelse"), _text(d.delay_notice, t)))
    rows.append((QT_TRANSLATE_NOOP("Messages", "Borgerens accept af planen"), escape(acceptance_msg(case).render(t))))
    return _rows(rows, t)


def _finding(f: Finding, t: Translate) -> str:
    return f.text.render(t) if f.text is not None else f.message


def _findings(case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date, t: Translate) -> str:
    decided = case.decision.decided_on  # judged as of its decision, as the wizard's checks are (gate.judged_on)
    day = min(decided, today) if decided is not None else today
    remaining = by_severity(open_findings(check_case(case, standard, catalogue, day)))
    if not remaining:
        none_open = t(QT_TRANSLATE_NOOP("Messages", "Ingen åbne fund."))
        return f"<p style='color:#2e7d32'>✓ {escape(none_open)}</p>"
    items = "".join(
        f"<li><b>{escape(t(SEVERITY_LABELS[f.severity]))}</b> ({escape(t(PAGE_TITLES[WizardPage(f.page)]))}): "
        f"{_text(_finding(f, t), t)}</li>"
        for f in remaining
    )
    return f"<ul>{items}</ul>"


def case_summary_html(
    case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date, translate: Translate = _same
) -> str:
    """The case as one HTML page with headed sections, in the order of the wizard.

    ``translate`` looks up the program's own words (Danish as written when not given)."""
    t = translate
    goals = "".join(_goal(g, n, catalogue, t) for n, g in enumerate(case.goals, start=1)) or _items([], t)
    sections = [
        (QT_TRANSLATE_NOOP("Messages", "Borger"), _citizen(case, t)),
        (QT_TRANSLATE_NOOP("Messages", "Henvendelse og frist"), _application(case, standard, today, t)),
        (QT_TRANSLATE_NOOP("Messages", "Målgruppe"), _target_group(case, standard, catalogue, today, t)),
        (QT_TRANSLATE_NOOP("Messages", "Vurdering af ressourcer og behov"), _assessment(case, catalogue, t)),
        (QT_TRANSLATE_NOOP("Messages", "Formål"), _purposes(case, standard, t)),
        (QT_TRANSLATE_NOOP("Messages", "Mål (SMART)"), goals),
        (QT_TRANSLATE_NOOP("Messages", "Aktiviteter"), _activities(case, standard, t)),
        (QT_TRANSLATE_NOOP("Messages", "Andre indsatser og koordinering"), _other_services(case, standard, t)),
        (QT_TRANSLATE_NOOP("Messages", "Tilbud og plads"), _offer(case, standard, t)),
        (QT_TRANSLATE_NOOP("Messages", "Afgørelse og begrundelse"), _decision(case, t)),
        (QT_TRANSLATE_NOOP("Messages", "Åbne fund"), _findings(case, standard, catalogue, today, t)),
    ]
    title = f"<h2>{escape(standard.title)}</h2>"
    body = "".join(f"<h3>{escape(t(heading))}</h3>{section}" for heading, section in sections)
    return "<html><body>" + title + body + "</body></html>"
