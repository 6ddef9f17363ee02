"""A first draft of a decision's reasoning (forvaltningsloven §§ 22–24), composed from the case.

The caseworker asks for it, edits it and owns it: the draft names the rules applied (the legal
basis and the standard's target-group criteria), the facts weighed (the judged criteria, the
individual assessment, the assessed levels) and the main considerations (the chosen offer and
place, or what stands in the way of a grant). The text speaks to the citizen ("du").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain import cpr
from ..domain.case import CaseFile, Outcome
from ..domain.ffb import Catalogue
from ..domain.findings import join_da, plain
from ..domain.geo import distance_km
from ..domain.standard import Standard


@dataclass(frozen=True)
class ReasoningDraft:
    rules_applied: str
    facts: str
    considerations: str


def legal_basis_name(standard: Standard) -> str:
    """ "Servicelovens § 104 om aktivitets- og samværstilbud"."""
    return standard.legal_basis.name


def _age(case: CaseFile, today: dt.date) -> int | None:
    try:
        birth = cpr.parse(case.citizen.cpr, today).birth_date
    except cpr.CprError:
        return None
    day = case.decision.decided_on or today
    return cpr.age_on(birth, max(day, birth))


def _rules_applied(case: CaseFile, standard: Standard) -> str:
    lines = [
        f"Afgørelsen er truffet efter {legal_basis_name(standard)} og {standard.municipality}s "
        f"kvalitetsstandard for tilbuddet.",
        "Efter kvalitetsstandarden kan du få tilbuddet, når du opfylder disse kriterier:",
    ]
    lines += [f"• {plain(c.text)}" for c in standard.criteria]
    if standard.individual_assessment_required:
        lines.append("Der skal altid foretages en konkret individuel vurdering af dit behov.")
    rules = [standard.other_service(s.kind) for s in case.other_services]
    if any(r is not None and r.rule == "day_offer" for r in rules):
        lines.append(plain(standard.day_offer_rule))
    if any(r is not None and r.rule == "coordinate" for r in rules):
        lines.append(plain(standard.coordination_rule))
    return "\n".join(lines)


def _facts(case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date) -> str:
    lines: list[str] = []
    for criterion in standard.criteria:
        if criterion.kind == "min_age":
            age = _age(case, today)
            if age is not None:
                lines.append(f"Du er {age} år.")
            continue
        judged = case.target_group.criteria.get(criterion.id)
        if judged is not None:
            verb = "opfylder" if judged else "ikke opfylder"
            lines.append(f"Det er vurderet, at du {verb} kriteriet: {plain(criterion.text)}")
    groups = [g.name for g in (catalogue.target_group(c) for c in case.target_group.codes) if g]
    if groups:
        lines.append(f"Målgruppe: {join_da(groups)}.")
    if case.target_group.individual_assessment.strip():
        lines.append(
            f"Den konkrete individuelle vurdering: {case.target_group.individual_assessment.strip()}"
        )
    levels = []
    for theme in case.assessment.themes.values():
        for code, value in theme.levels.items():
            subtheme = catalogue.subtheme(code)
            if subtheme is not None and value is not None and value in range(5):
                levels.append(f"{subtheme.name}: {catalogue.ability_level(value).name.lower()}")
    if levels:
        lines.append("Din funktionsevne er vurderet sådan: " + "; ".join(levels) + ".")
    support = case.assessment.support_level
    if support is not None and support in range(5):
        lines.append(
            f"Dit samlede støttebehov er vurderet som: {catalogue.support_level(support).name.lower()}."
        )
    for service in case.other_services:
        rule = standard.other_service(service.kind)
        name = f"{rule.title.lower()} ({rule.paragraph})" if rule and rule.paragraph else service.description
        if not name.strip():
            continue
        verb = "har søgt" if service.status == "applied" else "har"
        provider = f" fra {service.provider.strip()}" if service.provider.strip() else ""
        lines.append(f"Du {verb} {name.strip()}{provider}.")
    if case.purposes.citizen_wishes.strip():
        lines.append(f"Du har selv sagt: »{case.purposes.citizen_wishes.strip()}«")
    return "\n".join(lines)


def _grant_considerations(case: CaseFile, standard: Standard) -> str:
    lines: list[str] = []
    purposes = [plain(p.text) for p in (standard.purpose(i) for i in case.purposes.selected) if p]
    if purposes:
        lines.append("Tilbuddet skal støtte dig sådan:")
        lines += [f"• {text}" for text in purposes]
    placement = case.placement
    offer = standard.offer(placement.offer_id)
    size = standard.place_size(placement.place)
    if offer is not None:
        place = size.label.lower() if size else "plads"
        lines.append(f"Du får {place} i {offer.name}, {offer.address}, {offer.postcode} {offer.town}.")
        km = distance_km(case.citizen.postcode, offer.postcode) if case.citizen.postcode.strip() else None
        if km is not None:
            where = "i din by" if km < 1 else f"ca. {round(km)} km fra, hvor du bor"
            lines.append(f"Tilbuddet ligger {where}. {plain(standard.proximity_text)}")
    if placement.waitlist:
        interim = placement.interim_solution.strip()
        lines.append(
            "Der er ikke en ledig plads lige nu, så du kommer på venteliste."
            + (f" Indtil du kan starte, får du denne foreløbige løsning: {interim}" if interim else "")
        )
    if case.coordination.agreement.strip():
        who = case.coordination.providers.strip()
        lines.append(
            f"Indsatsen tilrettelægges i samarbejde med {who}: {case.coordination.agreement.strip()}"
            if who
            else f"Indsatsen tilrettelægges i samarbejde med dine andre leverandører: {case.coordination.agreement.strip()}"
        )
    return "\n".join(lines)


def _refusal_considerations(case: CaseFile, standard: Standard, today: dt.date) -> str:
    reasons: list[str] = []
    for criterion in standard.criteria:
        if criterion.kind == "min_age":
            age = _age(case, today)
            if age is not None and criterion.min_age is not None and age < criterion.min_age:
                reasons.append(f"Du er {age} år. {plain(criterion.text)}")
        elif case.target_group.criteria.get(criterion.id) is False:
            reasons.append(f"Du opfylder ikke kriteriet: {plain(criterion.text)}")
    for service in case.other_services:
        rule = standard.other_service(service.kind)
        if rule is not None and rule.rule == "day_offer":
            verb = "har søgt" if service.status == "applied" else "har"
            reasons.append(f"Du {verb} {rule.title.lower()}. {plain(rule.explanation)}")
    if not reasons:
        return ""
    title = standard.legal_basis.title
    return "\n".join([f"Du kan ikke få {title}, fordi:"] + [f"• {r}" for r in reasons])


def draft_reasoning(
    case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date
) -> ReasoningDraft:
    """Drafts of the three parts of the reasoning; a part with nothing to say is ""."""
    if case.decision.outcome == Outcome.REFUSAL.value:
        considerations = _refusal_considerations(case, standard, today)
    else:
        considerations = _grant_considerations(case, standard)
    return ReasoningDraft(
        rules_applied=_rules_applied(case, standard),
        facts=_facts(case, standard, catalogue, today),
        considerations=considerations,
    )
