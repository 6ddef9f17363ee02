"""``followups due`` and ``followup record``: the follow-up meetings from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from ..limits import FOLLOWUP_SOON_DAYS
from .common import CliError, Context, iso_date, print_json, read_text_file


def register(sub: Any) -> None:
    p = sub.add_parser("followups", help="opfølgninger på bevilgede indsatser")
    fus = p.add_subparsers(dest="followups_command", required=True, metavar="HANDLING")
    q = fus.add_parser("due", help="vis opfølgninger, der er forfaldne eller kommer snart")
    q.add_argument(
        "--within",
        type=int,
        default=FOLLOWUP_SOON_DAYS,
        metavar="DAGE",
        help=f"tag opfølgninger med, der forfalder inden for så mange dage (standard: {FOLLOWUP_SOON_DAYS})",
    )
    q.add_argument("--json", action="store_true")
    q.add_argument("--today", type=iso_date, help="dato at regne fra (ÅÅÅÅ-MM-DD)")
    q.set_defaults(handler=cmd_followups_due)

    p = sub.add_parser("followup", help="opfølgningsmøder")
    fu = p.add_subparsers(dest="followup_command", required=True, metavar="HANDLING")
    q = fu.add_parser(
        "record", help="registrér et opfølgningsmøde fra en JSON-fil (se docs/followup-format.md)"
    )
    q.add_argument("case_id", type=int, metavar="SAG")
    q.add_argument("file", metavar="FIL")
    q.add_argument("--today", type=iso_date, help="dato for kontrollen (ÅÅÅÅ-MM-DD)")
    q.set_defaults(handler=cmd_followup_record)
    q = fu.add_parser("list", help="vis sagens opfølgninger med dato, beslutning og T-score")
    q.add_argument("case_id", type=int, metavar="SAG")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_followup_list)


def cmd_followups_due(ctx: Context, args: argparse.Namespace) -> int:
    from ..domain.cpr import mask
    from ..domain.findings import danish_date
    from ..services.overview import due_followups

    if args.within < 0:
        raise CliError("--within skal være 0 eller flere dage.", 2)
    import datetime as dt

    today = args.today or dt.date.today()
    from ..services.lookups import log_lookup

    ws = ctx.workspace()
    rows = due_followups(ws, today, args.within)
    log_lookup(
        ws,
        "followups due",
        f"within {args.within} days from {today.isoformat()}",
        (s.citizen_id for _, s in rows),
    )
    if args.json:
        print_json(
            [
                {
                    "case_id": due.case_id,
                    "citizen": summary.citizen_name,
                    "cpr": mask(summary.cpr) if summary.cpr else "",
                    "due": due.due.isoformat(),
                    "days_left": due.days_left,
                    "overdue": due.overdue,
                    "first": due.first,
                }
                for due, summary in rows
            ]
        )
        return 0
    if not rows:
        print(f"Ingen opfølgninger forfalder inden for {args.within} dage.")
    for due, summary in rows:
        which = "første opfølgning" if due.first else "opfølgning"
        if due.overdue:
            when = f"forfalden siden {danish_date(due.due)}"
        elif due.days_left == 0:
            when = "i dag"
        else:
            when = f"{danish_date(due.due)} (om {due.days_left} dage)"
        print(f"{due.case_id}\t{summary.citizen_name}\t{which}\t{when}")
    return 0


def cmd_followup_record(ctx: Context, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..domain.findings import danish_date
    from ..domain.followup import OUTCOME_LABELS, FollowUpOutcome
    from ..domain.tscore import interpret
    from ..services.followups import FollowUpFormatError, FollowUpInvalid, read_followup_file, record_followup
    from ..store.errors import CaseNotFound

    path = Path(args.file)
    text = read_text_file(path)
    try:
        followup = read_followup_file(text)
        done = record_followup(ctx.workspace(), args.case_id, followup, args.today)
    except FollowUpFormatError as exc:
        raise CliError(f"{path}: {exc}") from None
    except FollowUpInvalid as exc:
        raise CliError(f"{path}: {exc}") from None
    except CaseNotFound:
        raise CliError(f"Sag {args.case_id} findes ikke.") from None
    recorded = done.followup
    print(f"Opfølgningen er registreret (nr. {done.followup_id}).")
    print(f"Beslutning: {OUTCOME_LABELS[FollowUpOutcome(recorded.outcome)]}.")
    if done.t_score is not None:
        print(f"T-score: {done.t_score:.1f}".replace(".", ",") + f" – {interpret(done.t_score)}")
    if done.plan_version is not None:
        print(f"Handleplanen er gemt som version {done.plan_version}. Ændringer:")
        for change in done.changes:
            print(f"- {change}")
    else:
        print("Handleplanen er uændret.")
    if recorded.next_date is not None:
        print(f"Næste opfølgning: senest {danish_date(recorded.next_date)}.")
    return 0


def cmd_followup_list(ctx: Context, args: argparse.Namespace) -> int:
    """The follow-ups held, oldest first: the T-score over time the follow-up wizard draws."""
    from ..domain.findings import danish_date
    from ..domain.followup import OUTCOME_LABELS, FollowUpOutcome, recorded_t_score
    from ..domain.tscore import interpret
    from ..services.cases import CaseService
    from ..services.followups import held_followups
    from ..store.errors import CaseNotFound

    ws = ctx.workspace()
    try:
        CaseService(ws).open_case(args.case_id)  # logged as a view of the case
    except CaseNotFound:
        raise CliError(f"Sag {args.case_id} findes ikke.") from None
    rows = []
    for held in held_followups(ws, args.case_id):
        outcome = held.followup.outcome
        label = OUTCOME_LABELS[FollowUpOutcome(outcome)] if outcome in set(FollowUpOutcome) else outcome
        rows.append((held, label, recorded_t_score(held.followup)))
    if args.json:
        print_json(
            [
                {"id": h.id, "held_on": h.held_on.isoformat(), "outcome": h.followup.outcome, "t_score": t}
                for h, _, t in rows
            ]
        )
        return 0
    if not rows:
        print(f"Sag {args.case_id} har ingen registrerede opfølgninger.")
        return 0
    for held, label, t in rows:
        score = f"T-score {t:.1f}".replace(".", ",") + f" – {interpret(t)}" if t is not None else "ingen T-score"
        print(f"{danish_date(held.held_on)}: {label}. {score}")
    return 0
