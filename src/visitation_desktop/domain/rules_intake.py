"""Rules of the first two wizard pages: the citizen and the application, and the target group.

The age criterion is read from the CPR number; every other criterion is the caseworker's
judgement, and the individual assessment is always written by the caseworker.
"""

from __future__ import annotations

import datetime as dt

from visitation_desktop.domain import cpr
from visitation_desktop.domain.case import CaseFile, Channel, WizardPage
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.findings import Finding, PageFindings, plain
from visitation_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, and_list, date_msg, msg
from visitation_desktop.domain.standard import Criterion, Standard

_CONSENT_STATES = ("given", "declined")


def _birth_date(case: CaseFile, today: dt.date) -> dt.date | None:
    try:
        return cpr.parse(case.citizen.cpr, today).birth_date
    except cpr.CprError:
        return None


def check_citizen(case: CaseFile, today: dt.date, out: list[Finding]) -> None:
    p = PageFindings(WizardPage.CITIZEN, out)
    citizen, application, consent = case.citizen, case.application, case.consent
    if not citizen.cpr.strip():
        p.block("citizen.cpr_missing", msg(QT_TRANSLATE_NOOP("Messages", "Skriv borgerens CPR-nummer.")), "citizen.cpr")
    else:
        try:
            info = cpr.parse(citizen.cpr, today)
        except cpr.CprError as error:
            p.block("citizen.cpr_invalid", error.text, "citizen.cpr")
        else:
            if info.warning:
                p.warn("citizen.cpr_modulus", msg(info.warning), "citizen.cpr")
    if not citizen.name.strip():
        p.block("citizen.name_missing", msg(QT_TRANSLATE_NOOP("Messages", "Skriv borgerens navn.")), "citizen.name")
    missing = [
        (attr, label)
        for attr, label, value in (
            ("address", QT_TRANSLATE_NOOP("Messages", "adresse"), citizen.address),
            ("postcode", QT_TRANSLATE_NOOP("Messages", "postnummer"), citizen.postcode),
            ("town", QT_TRANSLATE_NOOP("Messages", "by"), citizen.town),
        )
        if not value.strip()
    ]
    if missing:
        what = and_list([Msg(label) for _, label in missing])
        p.warn(
            "citizen.address_missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Skriv borgerens {what}: afgørelsen sendes dertil."), what=what),
            f"citizen.{missing[0][0]}",
        )
    postcode = citizen.postcode.strip()
    if postcode and not (len(postcode) == 4 and postcode.isascii() and postcode.isdigit()):
        p.warn(
            "citizen.postcode_invalid",
            msg(QT_TRANSLATE_NOOP("Messages", "Et postnummer har 4 cifre. Ret postnummeret.")),
            "citizen.postcode",
        )
    if not (citizen.phone.strip() or citizen.email.strip()):
        p.warn(
            "citizen.contact_missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Skriv et telefonnummer eller en e-mail, så borgeren kan kontaktes.")),
            "citizen.phone",
        )

    if application.received is None:
        p.block(
            "application.received_missing",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages", "Skriv datoen, hvor henvendelsen kom. Fristen for afgørelsen regnes fra den dato."
                )
            ),
            "application.received",
        )
    elif application.received > today:
        p.block(
            "application.received_future",
            msg(
                QT_TRANSLATE_NOOP("Messages", "Henvendelsen kan ikke være modtaget i fremtiden ({date}). Ret datoen."),
                date=date_msg(application.received),
            ),
            "application.received",
        )
    if application.channel not in {c.value for c in Channel}:
        p.warn(
            "application.channel_missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Vælg, hvordan henvendelsen kom: e-mail, telefon eller personligt.")),
            "application.channel",
        )
    if application.by_relative:
        gaps = [
            (attr, label)
            for attr, label, value in (
                ("relative_name", QT_TRANSLATE_NOOP("Messages", "navn"), application.relative_name),
                (
                    "relative_relation",
                    QT_TRANSLATE_NOOP("Messages", "relation til borgeren"),
                    application.relative_relation,
                ),
                ("relative_contact", QT_TRANSLATE_NOOP("Messages", "kontaktoplysninger"), application.relative_contact),
            )
            if not value.strip()
        ]
        if gaps:
            what = and_list([Msg(label) for _, label in gaps])
            p.warn(
                "application.relative_incomplete",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "En pårørende har søgt på borgerens vegne. Skriv den pårørendes {what}."),
                    what=what,
                ),
                f"application.{gaps[0][0]}",
            )

    if consent.status not in _CONSENT_STATES:
        p.warn(
            "consent.not_recorded",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Notér, om borgeren giver samtykke til at indhente oplysninger (retssikkerhedslovens § 11 a), "
                    "eller om borgeren siger nej.",
                )
            ),
            "consent.status",
        )
    elif consent.status == "declined":
        p.info(
            "consent.declined",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages", "Borgeren har ikke givet samtykke. Afgørelsen træffes på de oplysninger, borgeren selv giver."
                )
            ),
            "consent.status",
        )
    else:
        gaps = [
            (attr, label)
            for attr, label, value in (
                ("information", QT_TRANSLATE_NOOP("Messages", "hvilke oplysninger"), consent.information.strip()),
                ("sources", QT_TRANSLATE_NOOP("Messages", "hvem de indhentes fra"), consent.sources.strip()),
                ("recorded_on", QT_TRANSLATE_NOOP("Messages", "hvornår samtykket blev givet"), consent.recorded_on),
            )
            if not value
        ]
        if gaps:
            what = and_list([Msg(label) for _, label in gaps])
            p.warn(
                "consent.incomplete",
                msg(QT_TRANSLATE_NOOP("Messages", "Et samtykke skal være konkret. Skriv, {what}."), what=what),
                f"consent.{gaps[0][0]}",
            )


def _turns(birth_date: dt.date, years: int) -> dt.date:
    """The day one reaches ``years`` of age (born 29 February: 1 March in other years)."""
    try:
        return birth_date.replace(year=birth_date.year + years)
    except ValueError:
        return dt.date(birth_date.year + years, 3, 1)


def _age_criterion(
    case: CaseFile, standard: Standard, criterion: Criterion, today: dt.date, p: PageFindings
) -> None:
    """The age criterion, read from the CPR number on the day of the decision (or today)."""
    min_age = criterion.min_age or 0
    birth_date = _birth_date(case, today)
    if birth_date is None:
        p.warn(
            "target_group.age_unknown",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Borgerens alder kan ikke beregnes uden et gyldigt CPR-nummer, så kriteriet "
                    "»{criterion}« kan ikke vurderes. Ret CPR-nummeret.",
                ),
                criterion=plain(criterion.text),
            ),
            "citizen.cpr",
        )
        return
    day = case.decision.decided_on or today
    age = cpr.age_on(birth_date, max(day, birth_date))
    if age < min_age:
        p.block(
            "target_group.under_age",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Borgeren er {age} år og er derfor ikke i målgruppen: {criterion} "
                    "Borgeren fylder {min_age} år {birthday}. "
                    "Indtil da kan der ikke bevilges {service}, og afgørelsen er et afslag.",
                ),
                age=age,
                criterion=plain(criterion.text),
                min_age=min_age,
                birthday=date_msg(_turns(birth_date, min_age)),
                service=standard.legal_basis.title,
            ),
            "citizen.cpr",
        )
    else:
        p.info(
            "target_group.age_met",
            msg(
                QT_TRANSLATE_NOOP("Messages", "Borgeren er {age} år og opfylder alderskravet: {criterion}"),
                age=age,
                criterion=plain(criterion.text),
            ),
        )


def check_target_group(
    case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date, out: list[Finding]
) -> None:
    p = PageFindings(WizardPage.TARGET_GROUP, out)
    group = case.target_group
    for criterion in standard.criteria:
        if criterion.kind == "min_age":
            _age_criterion(case, standard, criterion, today, p)
            continue
        field = f"target_group.criteria.{criterion.id}"
        judged = group.criteria.get(criterion.id)
        if judged is None:
            p.block(
                "target_group.criterion_not_judged",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "Vurdér, om borgeren opfylder kriteriet: {criterion}"),
                    criterion=plain(criterion.text),
                ),
                field,
            )
        elif judged is False:
            p.block(
                "target_group.criterion_not_met",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Du har vurderet, at borgeren ikke opfylder kriteriet: {criterion} "
                        "Borgeren er derfor ikke i målgruppen, og afgørelsen er et afslag.",
                    ),
                    criterion=plain(criterion.text),
                ),
                field,
            )
    if not group.individual_assessment.strip():
        message = msg(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Skriv den konkrete individuelle vurdering af borgerens ressourcer og behov. "
                "Programmet afgør aldrig selv, om borgeren er i målgruppen.",
            )
        )
        if standard.individual_assessment_required:
            p.block("target_group.assessment_missing", message, "target_group.individual_assessment")
        else:
            p.warn("target_group.assessment_missing", message, "target_group.individual_assessment")
    if not group.codes:
        p.warn(
            "target_group.code_missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Vælg mindst én FFB-målgruppe for borgeren.")),
            "target_group.codes",
        )
    for i, code in enumerate(group.codes):
        if catalogue.target_group(code) is None:
            p.warn(
                "target_group.code_unknown",
                msg(QT_TRANSLATE_NOOP("Messages", "En valgt målgruppe findes ikke i FFB-kataloget. Vælg den igen fra listen.")),
                f"target_group.codes[{i}]",
            )
