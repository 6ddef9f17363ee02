"""The handleplan (Servicelovens § 141) the citizen takes home, as PDF bytes.

The law names four things a handleplan states: the purpose of the service, which
service is given, its expected duration, and other matters of importance. They come
first, in that order; then the goals in SMART form, the assessment, the follow-up plan
and the citizen's acceptance (or lines to sign).
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from visitation_desktop.documents.acceptance_block import accepted_block, stale_note
from visitation_desktop.documents.common import (
    MARGIN_X,
    PAGE_SIZE,
    RULE,
    DocumentContext,
    Styles,
    build_pdf,
    bullets,
    cpr_text,
    date_text,
    followups,
    kv_table,
    para,
    para_text,
    paragraphs,
    styles,
    table_style,
)
from visitation_desktop.documents.plan_sections import assessment_section, goals_section
from visitation_desktop.documents.standard_facts import contact_text, links_text, offer_text, service_rows
from visitation_desktop.domain.case import Outcome

TITLE = "Handleplan"
_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X


def law_name(ctx: DocumentContext) -> str:
    """ "Servicelovens § 104"."""
    return ctx.standard.legal_basis.reference


def _citizen(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    case = ctx.case
    c = case.citizen
    rows = [
        ("Navn", c.name),
        ("CPR-nummer", cpr_text(ctx)),
        ("Adresse", ", ".join(p for p in (c.address, f"{c.postcode} {c.town}".strip()) if p)),
        ("Dato", date_text(ctx.today)),
        ("Planens version", str(ctx.plan_version)),
        ("Sagsbehandler", f"{ctx.caseworker_name} ({ctx.caseworker_initials})"),
    ]
    app = case.application
    if app.by_relative and app.relative_name:
        relation = f" ({app.relative_relation})" if app.relative_relation else ""
        rows.append(("Ansøgt for dig af", app.relative_name + relation))  # a relative, or a værge
    basis = ctx.standard.legal_basis
    return [
        Paragraph(TITLE, st["title"]),
        para(para_text(f"efter Servicelovens § 141 for dit {basis.title} efter {law_name(ctx)}"),
                  st["body"]),
        *_draft_note(ctx, st),
        kv_table(rows, st, _WIDTH),
    ]


DRAFT_NOTE = "Udkast: planen gælder først, når du har fået en afgørelse om bevilling."


def _draft_note(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    """A plan printed before the grant says so, so nobody takes it for the decision."""
    if ctx.case.decision.outcome == Outcome.GRANT.value:
        return []
    return [para(para_text(DRAFT_NOTE), st["lead"])]


def _purpose(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("1. Formålet med indsatsen", st["h1"])]
    chosen = [item.text for pid in ctx.case.purposes.selected if (item := ctx.standard.purpose(pid))]
    if chosen:
        out.append(Paragraph("Formålet med dit tilbud er:", st["body"]))
        out.extend(bullets(chosen, st["bullet"]))
    else:
        out.append(Paragraph("Formålet er ikke valgt endnu.", st["body"]))
    wishes = ctx.case.purposes.citizen_wishes
    if wishes.strip():
        out.append(Paragraph("Det ønsker du selv", st["label"]))
        out.append(para(f"\u00bb{para_text(wishes)}\u00ab", st["quote"]))
    return out


def _transport(ctx: DocumentContext) -> str:
    p = ctx.case.placement
    text = {
        True: "Du har brug for kørsel til og fra tilbuddet.",
        False: "Du har ikke brug for kørsel til og fra tilbuddet.",
        None: "Vi ved endnu ikke, om du skal køres til og fra tilbuddet.",
    }[p.transport_needed]
    return f"{text}\n{p.transport_note}".strip()


def _service(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    std, p = ctx.standard, ctx.case.placement
    out: list[Flowable] = [Paragraph("2. Indsatsen", st["h1"])]
    out.append(para(para_text(f"Du får et {std.legal_basis.title} efter {law_name(ctx)}."), st["body"]))
    offer = std.offer(p.offer_id)
    place = std.place_size(p.place)
    rows: list[tuple[str, str]] = []
    if offer is None:
        rows.append(("Tilbud", "Tilbuddet er ikke valgt endnu."))
    else:
        rows.append(("Tilbud", offer_text(offer)))
    rows.append(("Plads", place.label if place else "Ikke valgt"))
    if p.waitlist:
        rows.append(("Start", "Der er ikke ledig plads lige nu. Du er skrevet op på ventelisten."))
        rows.append(("Foreløbig løsning", p.interim_solution or "Ikke aftalt endnu."))
    else:
        rows.append(("Start", date_text(p.planned_start, "Ikke fastsat endnu")))
    activities = [a.text for aid in ctx.case.activities.selected if (a := std.activity(aid))]
    courses = [c.text for cid in ctx.case.activities.courses if (c := std.course(cid))]
    if activities:
        rows.append(("Aktiviteter", "\n".join(activities)))
    if courses:
        rows.append(("Forløb", "\n".join(courses)))
    if ctx.case.activities.note.strip():
        rows.append(("Om aktiviteterne", ctx.case.activities.note))
    rows.append(("Befordring", _transport(ctx)))
    rows += [(label, text) for label, text in service_rows(ctx, with_need=True) if label != "Varighed"]
    out.append(kv_table(rows, st, _WIDTH))
    return out


def interval_text(months: int) -> str:
    """ "én gang om året", "hver 6. måned", "hver måned"."""
    if months == 12:
        return "én gang om året"
    return "hver måned" if months == 1 else f"hver {months}. måned"


def _duration(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    std = ctx.standard
    out: list[Flowable] = [Paragraph("3. Forventet varighed", st["h1"])]
    out.extend(paragraphs(std.duration_text, st["body"]))
    dates = followups(ctx)
    if dates:
        later = ", ".join(date_text(d) for d in dates[1:])
        out.append(para(para_text(
            f"Vi følger op første gang {date_text(dates[0])}, {std.first_followup_months} måneder efter "
            f"start, og derefter {interval_text(std.followup_interval_months)}: {later}. Vi kan også mødes, "
            "hvis du har brug for det."), st["body"]))
    else:
        out.append(para(para_text(
            f"Vi følger op første gang {std.first_followup_months} måneder efter, at du er startet, og derefter "
            f"{interval_text(std.followup_interval_months)}. Datoerne kommer, når startdatoen er fastlagt."),
            st["body"]))
    return out


def _other(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    case, std = ctx.case, ctx.standard
    out: list[Flowable] = [Paragraph("4. Andre forhold", st["h1"])]
    rows: list[tuple[str, str]] = []
    for service in case.other_services:
        rule = std.other_service(service.kind)
        name = f"{rule.paragraph} {rule.title}".strip() if rule else "Anden indsats"
        status = "Du har søgt" if service.status == "applied" else "Du modtager"
        details = [f"{status}.", service.description, f"Leverandør: {service.provider}" if service.provider else ""]
        if rule and rule.rule != "coordinate" and rule.explanation:
            details.append(rule.explanation)
        rows.append((name, "\n".join(d.strip() for d in details if d.strip())))
    if rows:
        out.append(kv_table(rows, st, _WIDTH))
    else:
        out.append(Paragraph("Du får ikke anden hjælp, som skal passe sammen med tilbuddet.",
                             st["body"]))
    co = case.coordination
    if co.providers.strip() or co.agreement.strip():
        out.append(Paragraph("Samarbejde mellem leverandørerne", st["label"]))
        out.append(kv_table([("Hvem", co.providers), ("Aftale", co.agreement)], st, _WIDTH))
    elif any((r := std.other_service(s.kind)) and r.rule == "coordinate" for s in case.other_services):
        out.append(para(para_text(std.coordination_rule), st["body"]))
        out.append(Paragraph("Samarbejdet er ikke aftalt endnu.", st["body"]))
    return out


def _join_and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _followup(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    """One timeline: the follow-up meetings and the goals' evaluations, by date."""
    out: list[Flowable] = [Paragraph("Opfølgning", st["h1"])]
    events: dict[dt.date, list[str]] = {}
    for i, day in enumerate(followups(ctx)):
        later = "Årligt opfølgningsmøde" if ctx.standard.followup_interval_months == 12 else "Opfølgningsmøde"
        events.setdefault(day, []).append("Første opfølgningsmøde" if i == 0 else later)
    by_date: dict[dt.date, list[str]] = {}
    for i, goal in enumerate(ctx.case.goals, start=1):
        if goal.evaluation_date:
            by_date.setdefault(goal.evaluation_date, []).append(str(i))
    for day, numbers in by_date.items():
        word = "Mål" if len(numbers) == 1 else "Målene"
        events.setdefault(day, []).append(f"{word} {_join_and(numbers)} evalueres")
    rows = [(date_text(day), "\n".join(what)) for day, what in sorted(events.items())]
    if rows:
        out.append(kv_table(rows, st, _WIDTH))
        out.append(Spacer(1, 2 * mm))
    out.extend(paragraphs(ctx.standard.followup_text, st["body"]))
    return out


def _signatures(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    goals = ctx.case.goals
    out: list[Flowable] = [Paragraph("Accept af planen", st["h1"])]
    accepted = accepted_block(ctx, st, _WIDTH)  # signed on the screen, or spoken, for this plan
    if accepted is not None:
        return [KeepTogether(out + accepted)]
    out += stale_note(ctx, st)  # an acceptance of an earlier plan covers nothing here
    if goals and all(g.accepted for g in goals):
        notes = [f"Mål {i}: {g.acceptance_note}" for i, g in enumerate(goals, start=1) if g.acceptance_note.strip()]
        out.append(Paragraph("Du har set målene igennem sammen med din sagsbehandler og sagt ja til dem.",
                             st["body"]))
        out.extend(bullets(notes, st["bullet"]))
        return [KeepTogether(out)]
    out.append(Paragraph("Vi har gennemgået planen sammen. Skriv under, hvis du er enig i målene.", st["body"]))
    line = "_" * 34
    data = [
        [Paragraph("Dato og underskrift, borger", st["muted"]), Paragraph("Dato og underskrift, sagsbehandler",
                                                                           st["muted"])],
        [Paragraph(line, st["body"]), Paragraph(line, st["body"])],
        [para(para_text(ctx.case.citizen.name), st["muted"]),
         para(para_text(ctx.caseworker_name), st["muted"])],
    ]
    table = Table(data, colWidths=[_WIDTH / 2] * 2, rowHeights=[None, 16 * mm, None], hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 1), (-1, 1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEABOVE", (0, 0), (-1, 0), 0, RULE)))
    out.append(table)
    return [KeepTogether(out)]


def _contact(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    std = ctx.standard
    out: list[Flowable] = [Paragraph("Kontakt", st["h1"])]
    out.append(para(para_text(contact_text(std)), st["body"]))
    if links_text(std):
        out.append(para(para_text(links_text(std)), st["body"]))
    return [KeepTogether(out)]


def render_handleplan(ctx: DocumentContext) -> bytes:
    st = styles(10)
    story: list[Flowable] = []
    story += _citizen(ctx, st)
    story += _purpose(ctx, st)
    story += _service(ctx, st)
    story += _duration(ctx, st)
    story += _other(ctx, st)
    story += goals_section(ctx, st, _WIDTH)
    story += assessment_section(ctx, st, _WIDTH)
    story += _followup(ctx, st)
    story += _contact(ctx, st)
    story += _signatures(ctx, st)
    return build_pdf(ctx, story, TITLE)
