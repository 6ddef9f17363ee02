"""Rules of the planning pages: resources and needs, purposes, goals, activities,
other services and coordination, offer and place.
"""

from __future__ import annotations

import datetime as dt

from visitation_desktop.domain.acceptance import acceptance_current
from visitation_desktop.domain.case import CaseFile, WizardPage
from visitation_desktop.domain.deadlines import add_months
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.findings import Finding, PageFindings, plain
from visitation_desktop.domain.messages import QT_TRANSLATE_NOOP, Join, Msg, and_list, date_msg, msg
from visitation_desktop.domain.smart import goal_findings
from visitation_desktop.domain.standard import Standard

_OTHER = "other"  # OtherService.kind for a service the standard does not list


def check_assessment(case: CaseFile, catalogue: Catalogue, out: list[Finding]) -> None:
    p = PageFindings(WizardPage.ASSESSMENT, out)
    assessment = case.assessment
    any_level = False
    for theme_code, theme in assessment.themes.items():
        for subtheme, level in theme.levels.items():
            field = f"assessment.themes.{theme_code}.levels.{subtheme}"
            if catalogue.subtheme(subtheme) is None:
                p.warn(
                    "assessment.subtheme_unknown",
                    msg(QT_TRANSLATE_NOOP("Messages", "Et undertema findes ikke i FFB-kataloget. Vurdér det igen.")),
                    field,
                )
            if level is None:
                continue
            any_level = True
            if level not in range(5):
                p.warn(
                    "assessment.level_invalid",
                    msg(QT_TRANSLATE_NOOP("Messages", "Funktionsevneniveauet skal være 0–4, ikke {level}."), level=level),
                    field,
                )
    if not any_level:
        p.warn(
            "assessment.no_levels",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Der er ikke vurderet noget funktionsevneniveau. Vurdér de undertemaer under "
                    "»Aktivitet og deltagelse«, der har betydning for borgeren.",
                )
            ),
            "assessment.themes",
        )
    support = assessment.support_level
    if support is None:
        p.warn(
            "assessment.support_level_missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Vurdér borgerens samlede støttebehov (0–4).")),
            "assessment.support_level",
        )
    elif support not in range(5):
        p.warn(
            "assessment.level_invalid",
            msg(QT_TRANSLATE_NOOP("Messages", "Støttebehovsniveauet skal være 0–4, ikke {level}."), level=support),
            "assessment.support_level",
        )
    if assessment.themes and not any(t.own_words.strip() for t in assessment.themes.values()):
        p.info(
            "assessment.own_words_missing",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages", "Der står ikke noget med borgerens egne ord. Skriv, hvordan borgeren selv beskriver det."
                )
            ),
            "assessment.themes",
        )


def check_purpose_goals_activities(
    case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date, out: list[Finding]
) -> None:
    p = PageFindings(WizardPage.PURPOSE, out)
    if not case.purposes.selected:
        p.block(
            "purpose.none", msg(QT_TRANSLATE_NOOP("Messages", "Vælg mindst ét formål med tilbuddet.")), "purposes.selected"
        )
    for i, purpose_id in enumerate(case.purposes.selected):
        if standard.purpose(purpose_id) is None:
            p.warn(
                "purpose.unknown",
                msg(QT_TRANSLATE_NOOP("Messages", "Et valgt formål står ikke i kvalitetsstandarden. Vælg det igen.")),
                f"purposes.selected[{i}]",
            )
    if not case.purposes.citizen_wishes.strip():
        p.warn(
            "purpose.wishes_missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Skriv, hvad borgeren selv ønsker at få ud af tilbuddet.")),
            "purposes.citizen_wishes",
        )

    p = PageFindings(WizardPage.GOALS, out)
    if not case.goals:
        p.block("goals.none", msg(QT_TRANSLATE_NOOP("Messages", "Lav mindst ét mål sammen med borgeren.")), "goals")
    plan_accepted = acceptance_current(case)
    accepted = case.acceptance
    if accepted is not None and accepted.kind and not plan_accepted:  # given to the plan before a change
        stale = (
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages", "Planen er ændret efter borgerens accept den {date}. Der skal en ny accept til på siden »Afgørelse«."
                ),
                date=date_msg(accepted.on),
            )
            if accepted.on
            else msg(
                QT_TRANSLATE_NOOP(
                    "Messages", "Planen er ændret efter borgerens accept. Der skal en ny accept til på siden »Afgørelse«."
                )
            )
        )
        p.warn("goals.acceptance_stale", stale, "acceptance")
    start = case.placement.planned_start or case.decision.decided_on or today
    next_followup = add_months(start, standard.first_followup_months)
    for i, goal in enumerate(case.goals):
        out.extend(goal_findings(goal, i, today, catalogue, plan_accepted=plan_accepted, next_followup=next_followup))

    p = PageFindings(WizardPage.ACTIVITIES, out)
    acts = case.activities
    if not (acts.selected or acts.courses):
        p.warn(
            "activities.none",
            msg(QT_TRANSLATE_NOOP("Messages", "Vælg de aktiviteter eller forløb, borgeren skal deltage i.")),
            "activities.selected",
        )
    unknown = [
        f"activities.selected[{i}]" for i, a in enumerate(acts.selected) if standard.activity(a) is None
    ]
    unknown += [f"activities.courses[{i}]" for i, c in enumerate(acts.courses) if standard.course(c) is None]
    for field in unknown:
        p.warn(
            "activities.unknown",
            msg(QT_TRANSLATE_NOOP("Messages", "En valgt aktivitet står ikke i kvalitetsstandarden. Vælg den igen.")),
            field,
        )


def _service_name(title: str, paragraph: str) -> str:
    """ "Socialpædagogisk støtte", "§ 85" -> "socialpædagogisk støtte (§ 85)", for use mid-sentence."""
    name = title[:1].lower() + title[1:]
    return f"{name} ({paragraph})" if paragraph else name


def _has_and_applied(has: list[str], applied_for: list[str]) -> str | Msg | Join:
    """ "har socialpædagogisk støtte (§ 85) og har søgt længerevarende botilbud (§ 108)"."""
    parts: list[str | Msg] = []
    if has:
        parts.append(msg(QT_TRANSLATE_NOOP("Messages", "har {services}"), services=and_list(has)))
    if applied_for:
        parts.append(msg(QT_TRANSLATE_NOOP("Messages", "har søgt {services}"), services=and_list(applied_for)))
    return and_list(parts)


def check_other_services(case: CaseFile, standard: Standard, out: list[Finding]) -> None:
    p = PageFindings(WizardPage.OTHER_SERVICES, out)
    has: list[str] = []  # services to coordinate with, that the citizen has
    applied_for: list[str] = []  # ... or has applied for
    for i, service in enumerate(case.other_services):
        field = f"other_services[{i}].kind"
        if not service.kind:
            p.warn(
                "other_services.kind_missing",
                msg(QT_TRANSLATE_NOOP("Messages", "Vælg, hvilken indsats borgeren har eller har søgt.")),
                field,
            )
            continue
        if service.kind == _OTHER:
            continue
        rule = standard.other_service(service.kind)
        if rule is None:
            p.warn(
                "other_services.unknown",
                msg(QT_TRANSLATE_NOOP("Messages", "En valgt indsats står ikke i kvalitetsstandarden. Vælg den igen.")),
                field,
            )
            continue
        name = _service_name(rule.title, rule.paragraph)
        applied = service.status == "applied"
        if rule.rule == "day_offer":
            p.block(
                "other_services.day_offer_conflict",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Borgeren har søgt {name}. {explanation} Kvalitetsstandarden siger: »{rule}« "
                        "Der kan ikke bevilges {service} ved siden af. Afklar med borgeren, "
                        "om det andet dagtilbud skal stoppe; ellers er afgørelsen et afslag.",
                    )
                    if applied
                    else QT_TRANSLATE_NOOP(
                        "Messages",
                        "Borgeren har {name}. {explanation} Kvalitetsstandarden siger: »{rule}« "
                        "Der kan ikke bevilges {service} ved siden af. Afklar med borgeren, "
                        "om det andet dagtilbud skal stoppe; ellers er afgørelsen et afslag.",
                    ),
                    name=name,
                    explanation=plain(rule.explanation),
                    rule=plain(standard.day_offer_rule),
                    service=standard.legal_basis.title,
                ),
                field,
            )
        elif rule.rule == "coordinate":
            (applied_for if applied else has).append(name)
        else:
            p.info(
                "other_services.not_included",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "{title}: {explanation}"),
                    title=rule.title,
                    explanation=plain(rule.explanation),
                ),
                field,
            )
    coordination = case.coordination
    if has or applied_for:
        gaps = [
            (attr, label)
            for attr, label, value in (
                (
                    "providers",
                    QT_TRANSLATE_NOOP("Messages", "hvilke leverandører der samarbejder"),
                    coordination.providers,
                ),
                ("agreement", QT_TRANSLATE_NOOP("Messages", "hvad der er aftalt"), coordination.agreement),
            )
            if not value.strip()
        ]
        if gaps:
            p.block(
                "other_services.coordination_required",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Borgeren {services}. Kvalitetsstandarden siger: »{rule}« "
                        "Skriv, {what}, før der kan gives bevilling.",
                    ),
                    services=_has_and_applied(has, applied_for),
                    rule=plain(standard.coordination_rule),
                    what=and_list([Msg(label) for _, label in gaps]),
                ),
                f"coordination.{gaps[0][0]}",
            )


def check_offer(case: CaseFile, standard: Standard, out: list[Finding]) -> None:
    p = PageFindings(WizardPage.OFFER, out)
    placement = case.placement
    offer = standard.offer(placement.offer_id) if placement.offer_id else None
    if not placement.offer_id:
        p.block(
            "offer.missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Vælg det tilbud, borgeren skal have plads i.")),
            "placement.offer_id",
        )
    elif offer is None:
        p.block(
            "offer.unknown",
            msg(QT_TRANSLATE_NOOP("Messages", "Det valgte tilbud står ikke i kvalitetsstandarden. Vælg et tilbud fra listen.")),
            "placement.offer_id",
        )
    elif not offer.eligible:
        why = [
            reason
            for reason, ok in (
                (QT_TRANSLATE_NOOP("Messages", "er ikke godkendt af Socialtilsynet"), offer.socialtilsynet_approved),
                (
                    QT_TRANSLATE_NOOP("Messages", "er ikke registreret på Tilbudsportalen"),
                    offer.tilbudsportalen_registered,
                ),
            )
            if not ok
        ]
        p.block(
            "offer.not_eligible",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{offer} {why}. Der kan kun bevilges et tilbud, der er godkendt af "
                    "Socialtilsynet og registreret på Tilbudsportalen. Vælg et andet tilbud.",
                ),
                offer=offer.name,
                why=and_list([Msg(reason) for reason in why]),
            ),
            "placement.offer_id",
        )
    elif case.citizen.postcode.strip() and offer.postcode != case.citizen.postcode.strip():
        near = [o.name for o in standard.offers if o.eligible and o.postcode == case.citizen.postcode.strip()]
        if near:
            p.info(
                "offer.nearer_available",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "{offers} ligger i borgerens postnummer. {proximity}"),
                    offers=and_list(near),
                    proximity=plain(standard.proximity_text),
                ),
                "placement.offer_id",
            )
    if not placement.place:
        sizes = ", ".join(size.label for size in standard.place_sizes)  # the standard's own, e.g. only "Hel plads"
        p.block("offer.place_missing", msg(QT_TRANSLATE_NOOP("Messages", "Vælg pladsens størrelse: {sizes}."),
                                           sizes=sizes), "placement.place")
    elif standard.place_size(placement.place) is None:
        p.block(
            "offer.place_unknown",
            msg(QT_TRANSLATE_NOOP("Messages", "Den valgte pladsstørrelse står ikke i kvalitetsstandarden. Vælg igen.")),
            "placement.place",
        )
    if placement.waitlist:
        if not placement.interim_solution.strip():
            p.block(
                "offer.interim_missing",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Der er ikke plads nu, og borgeren kommer på venteliste. Skriv den foreløbige løsning, "
                        "borgeren får, indtil der er plads.",
                    )
                ),
                "placement.interim_solution",
            )
        else:
            p.info(
                "offer.waitlist",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "Borgeren er på venteliste. Foreløbig løsning: {solution}"),
                    solution=placement.interim_solution.strip(),
                ),
            )
    if placement.transport_needed is None:
        p.warn(
            "offer.transport_undecided",
            msg(QT_TRANSLATE_NOOP("Messages", "Tag stilling til, om borgeren har brug for befordring.")),
            "placement.transport_needed",
        )
    elif placement.transport_needed and not placement.transport_note.strip():
        p.warn(
            "offer.transport_note_missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Skriv, hvordan befordringen klares.")),
            "placement.transport_note",
        )
    start = placement.planned_start
    if start is None and not placement.waitlist:
        p.warn(
            "offer.start_missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Skriv, hvornår borgeren forventes at starte.")),
            "placement.planned_start",
        )
    decided = case.decision.decided_on
    if start is not None and decided is not None and start < decided:
        p.warn(
            "offer.start_before_decision",
            msg(
                QT_TRANSLATE_NOOP("Messages", "Starten ({start}) ligger før afgørelsen ({decided}). Ret datoen."),
                start=date_msg(start),
                decided=date_msg(decided),
            ),
            "placement.planned_start",
        )
