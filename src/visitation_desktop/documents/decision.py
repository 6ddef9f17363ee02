"""The decision letter: a grant or a refusal, with its reasoning and the appeal guidance.

Forvaltningsloven asks a written decision that does not give the citizen all they
asked for to state its reasoning (the rules applied, the facts weighed, the main
considerations) and to tell how to complain. A letter that lacks any of them is not
printed: ``DocumentIncomplete`` names what is missing, in Danish.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from visitation_desktop.documents.common import (
    MARGIN_X,
    PAGE_SIZE,
    DocumentContext,
    DocumentIncomplete,
    Styles,
    build_pdf,
    bullets,
    contact_lines,
    date_text,
    followups,
    kv_table,
    offer_address,
    para,
    para_text,
    paragraphs,
    styles,
)
from visitation_desktop.documents.handleplan import interval_text, law_name
from visitation_desktop.documents.letter import closing, opening
from visitation_desktop.documents.standard_facts import legal_bases, links_text, offer_text, service_rows
from visitation_desktop.documents.text import in_sentence
from visitation_desktop.domain.case import Outcome
from visitation_desktop.domain.deadlines import decision_deadline

TITLE = "Afgørelse"
APPEAL_WEEKS = 4
_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

MISSING_OUTCOME = "afgørelsens udfald (bevilling eller afslag)"
MISSING_RULES = "begrundelse: de regler, afgørelsen bygger på"
MISSING_FACTS = "begrundelse: de faktiske forhold"
MISSING_CONSIDERATIONS = "begrundelse: de hovedhensyn, der har været afgørende"
MISSING_APPEAL_CONTACT = "kontakt til klagen (telefon, e-mail, Digital Post eller brev i kvalitetsstandarden)"
MISSING_OFFER = "det bevilgede tilbud"
MISSING_PLACE = "pladsens størrelse (fx hel eller halv plads)"
MISSING_INTERIM = "den foreløbige løsning, mens borgeren venter på en ledig plads"
MISSING_ASSESSMENT = "den konkrete, individuelle vurdering (målgruppen)"


def missing_parts(ctx: DocumentContext) -> list[str]:
    """What the decision letter needs but the case or the standard lacks; [] when complete."""
    d, p, std = ctx.case.decision, ctx.case.placement, ctx.standard
    missing: list[str] = []
    if d.outcome not in (Outcome.GRANT.value, Outcome.REFUSAL.value):
        missing.append(MISSING_OUTCOME)
    for text, name in ((d.rules_applied, MISSING_RULES), (d.facts, MISSING_FACTS),
                       (d.considerations, MISSING_CONSIDERATIONS)):
        if not text.strip():
            missing.append(name)
    if std.individual_assessment_required and not ctx.case.target_group.individual_assessment.strip():
        missing.append(MISSING_ASSESSMENT)
    if d.outcome == Outcome.GRANT.value:
        if std.offer(p.offer_id) is None:
            missing.append(MISSING_OFFER)
        if std.place_size(p.place) is None:
            missing.append(MISSING_PLACE)
        if p.waitlist and not p.interim_solution.strip():
            missing.append(MISSING_INTERIM)
    if not contact_lines(std.contact, skip=("address",)):
        missing.append(MISSING_APPEAL_CONTACT)
    return missing


def decision_title(ctx: DocumentContext) -> str:
    """ "Afgørelse om aktivitets- og samværstilbud efter Servicelovens § 104"."""
    return f"Afgørelse om {ctx.standard.legal_basis.title} efter {law_name(ctx)}"


def _outcome(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    std, p = ctx.standard, ctx.case.placement
    title = std.legal_basis.title
    out: list[Flowable] = [Paragraph("Afgørelse", st["h1"])]
    if ctx.case.decision.outcome == Outcome.REFUSAL.value:
        out.append(para(para_text(f"Du får afslag på et {title} efter {law_name(ctx)}."), st["lead"]))
        return out
    offer = std.offer(p.offer_id)
    place = std.place_size(p.place)
    assert offer is not None and place is not None  # missing_parts has checked
    out.append(para(para_text(
        f"Du får bevilget et {title} efter {law_name(ctx)} i {offer.name}, {offer_address(offer)}. "
        f"Du får en {in_sentence(place.label)}."), st["lead"]))
    return out


def _reasoning(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    d = ctx.case.decision
    out: list[Flowable] = [Paragraph("Begrundelse", st["h1"])]
    out.append(Paragraph("Reglerne, vi har brugt", st["label"]))
    out.extend(paragraphs(d.rules_applied, st["body"]))
    out.append(para(para_text("Kvalitetsstandarden bygger på:"), st["body"]))
    out.extend(bullets(legal_bases(ctx.standard), st["bullet"]))
    out.append(Paragraph("Den konkrete, individuelle vurdering", st["label"]))
    out.extend(paragraphs(ctx.case.target_group.individual_assessment, st["body"]))
    out.append(Paragraph("Det har vi lagt vægt på", st["label"]))
    out.extend(paragraphs(d.facts, st["body"]))
    out.append(Paragraph("Vores vurdering", st["label"]))
    out.extend(paragraphs(d.considerations, st["body"]))
    received = ctx.case.application.received
    if received and d.decided_on and d.overrun_reason.strip():
        deadline = decision_deadline(received, ctx.standard.decision_deadline_weeks)
        if d.decided_on > deadline:
            out.append(Paragraph("Sagsbehandlingstid", st["label"]))
            out.append(para(para_text(
                f"Vi modtog din ansøgning {date_text(received)}. Svarfristen er "
                f"{ctx.standard.decision_deadline_weeks} uger, og afgørelsen kommer senere end det, fordi: "
                f"{d.overrun_reason}"), st["body"]))
    return out


def _next_steps(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    std, p = ctx.standard, ctx.case.placement
    c = std.contact
    out: list[Flowable] = [Paragraph("Hvad sker der nu?", st["h1"])]
    if ctx.case.decision.outcome == Outcome.REFUSAL.value:
        out.append(para(para_text(
            "Du er velkommen til at kontakte os, hvis du vil tale om andre muligheder for støtte og fællesskab, "
            "eller hvis din situation ændrer sig. Så kan du søge igen."), st["body"]))
        if std.application_text.strip():
            out.append(Paragraph("Sådan søger du igen", st["label"]))
            out.extend(paragraphs(std.application_text, st["body"]))
        out.append(para(para_text("\n".join(contact_lines(c))), st["body"]))
        return out
    rows: list[tuple[str, str]] = []
    if p.waitlist:
        rows.append(("Start", "Der er ikke ledig plads lige nu. Du er skrevet op på ventelisten, og vi "
                     "giver dig besked, når der er plads."))
        rows.append(("Indtil da", p.interim_solution))
    else:
        rows.append(("Start", date_text(p.planned_start, "Vi aftaler startdatoen med dig.")))
    dates = followups(ctx, 1)
    first = date_text(dates[0]) if dates else f"{std.first_followup_months} måneder efter, at du er startet"
    rows.append(("Opfølgning", f"Vi følger op på dine mål første gang {first} og derefter "
                 f"{interval_text(std.followup_interval_months)}, og når du har brug for det."))
    out.append(kv_table(rows, st, _WIDTH))
    out.append(Spacer(1, 2 * mm))
    out.append(Paragraph("Du får også en handleplan med dine mål.", st["body"]))
    offer = std.offer(p.offer_id)
    out.append(Paragraph("Om tilbuddet", st["h1"]))
    out.append(kv_table([("Tilbud", offer_text(offer) if offer else ""), *service_rows(ctx)], st, _WIDTH))
    return out


def _appeal(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    std = ctx.standard
    c = std.contact
    where = "\n".join([std.municipality, c.unit, *contact_lines(c, skip=("address",))])
    parts: list[Flowable] = [
        Paragraph("Klagevejledning", st["h1"]),
        para(para_text(
            f"Du kan klage over afgørelsen. Klagen skal være modtaget af {std.municipality} senest "
            f"{APPEAL_WEEKS} uger efter, at du har modtaget denne afgørelse. Du kan klage skriftligt eller "
            "mundtligt, og du behøver ikke at bruge et bestemt skema."), st["body"]),
        para(para_text(
            "Når vi får din klage, vurderer vi sagen igen. Hvis vi giver dig helt ret, får du en ny afgørelse. "
            "Det gør vi inden for 4 uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til "
            "Ankestyrelsen, og du får besked om det. Ankestyrelsen behandler derefter klagen."), st["body"]),
        Paragraph("Send din klage til", st["label"]),
        para(para_text(where), st["body"]),
        para(para_text(
            f"Du kan {'ringe til' if c.phone else 'kontakte'} os, hvis du har spørgsmål til afgørelsen eller brug "
            "for hjælp til at klage. Du har også ret til at se de oplysninger, vi har brugt i din sag (aktindsigt)."),
            st["body"]),
    ]
    if std.contact.website or links_text(std):
        parts.append(para(para_text("\n".join(t for t in (
            f"Hjemmeside: {std.contact.website}" if std.contact.website else "", links_text(std)) if t)),
            st["body"]))
    return parts


def render_decision(ctx: DocumentContext) -> bytes:
    """The decision letter; raises ``DocumentIncomplete`` when a required part is missing."""
    missing = missing_parts(ctx)
    if missing:
        raise DocumentIncomplete(missing)
    st = styles(10.5)
    story: list[Flowable] = []
    story += opening(ctx, st, ctx.case.decision.decided_on or ctx.today, decision_title(ctx))
    story += _outcome(ctx, st)
    story += _reasoning(ctx, st)
    story += _next_steps(ctx, st)
    story += _appeal(ctx, st)
    story += closing(ctx, st)
    return build_pdf(ctx, story, TITLE, ctx.case.decision.decided_on)
