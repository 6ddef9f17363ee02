"""The guard in front of every unlock: a readable key file, the lockout, the delay, the failures logged.

Shared by the login (``workspace.unlock``), the lock screen (``Workspace.verify_password``) and the
recovery (``accounts.recover``). Messages are Danish and say what to do. ``AccessDenied.exit_code``
is the CLI's exit code: 3 for a refused unlock, 9 for a key file that is damaged, missing or
cannot be written (documented in docs/security.md and docs/case-format.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.messages import QT_TRANSLATE_NOOP, Msg, msg
from ..paths import keyring_path
from ..store.errors import AuditHeadError, KeyringCorrupt, KeyringUnwritable, UnknownUser, WrongPassword
from ..store.failures import LOCKOUT_AFTER
from ..store.keyring import Keyring, normalize_initials, validate_initials
from ..store.records import LogEntry

if TYPE_CHECKING:
    from ..store.repository import Repository

log = logging.getLogger(__name__)

KEY_FILE_EXIT = 9
RESTORE_ADVICE = (
    "Der er ikke ændret noget. Læg en sikkerhedskopi af nøglefilen tilbage "
    "(visitation-desktop backup restore), eller kontakt IT."
)


class AccessDenied(Exception):
    """Unlocking failed; the message is Danish and meant for the caseworker."""

    text: Msg | None = None  # the message as a template, for the login window in the program's language

    def __init__(self, message: str | Msg, wait_seconds: float = 0.0, exit_code: int = 3) -> None:
        if isinstance(message, Msg):
            self.text = message
            message = message.render()
        super().__init__(message)
        self.message = message
        self.wait_seconds = wait_seconds
        self.exit_code = exit_code


def lockout_msg(initials: str) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Messages", "{initials} er spærret efter {count} forkerte forsøg i træk. En anden "
                          "sagsbehandler på denne computer kan ophæve spærringen (visitation-desktop users unblock "
                          "{initials}), eller IT kan bruge gendannelseskoden (visitation-desktop recover {initials})."),
        initials=initials, count=LOCKOUT_AFTER,
    )  # fmt: skip


def lockout_message(initials: str) -> str:
    return lockout_msg(initials).render()


def load_keyring(data_dir: Path) -> Keyring:
    """``keys.json`` read; a damaged or missing file is an ``AccessDenied`` (exit 9) saying what to do."""
    path = keyring_path(data_dir)
    try:
        return Keyring.load(path)
    except FileNotFoundError:
        raise AccessDenied(f"Nøglefilen {path} mangler. {RESTORE_ADVICE}", exit_code=KEY_FILE_EXIT) from None
    except KeyringCorrupt as exc:
        raise AccessDenied(f"Nøglefilen {path} er beskadiget: {exc.problem}. {RESTORE_ADVICE}", exit_code=KEY_FILE_EXIT) from None
    except OSError as exc:
        raise AccessDenied(
            f"Nøglefilen {path} kan ikke læses ({exc.strerror}). {RESTORE_ADVICE}", exit_code=KEY_FILE_EXIT
        ) from None


def check_writable(keyring: Keyring) -> None:
    """Every attempt is counted, so an attempt is only made when the key file can be written."""
    path = keyring.path
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise AccessDenied(str(KeyringUnwritable(path, "ingen skriveadgang")), exit_code=KEY_FILE_EXIT)


def check_attempt(keyring: Keyring, initials: str) -> None:
    """Refuse before any work when the caseworker is locked out or must still wait."""
    if keyring.locked_out(initials):
        raise AccessDenied(lockout_msg(normalize_initials(initials)))
    wait = keyring.failure_delay(initials)
    if wait > 0:
        too_many = QT_TRANSLATE_NOOP("Messages", "For mange forkerte forsøg. Vent {seconds} sekunder, og prøv igen.")
        raise AccessDenied(msg(too_many, seconds=f"{wait:.0f}"), wait_seconds=wait)


def unlock_key(keyring: Keyring, initials: str, password: str, wrong: Msg) -> bytes:
    """The data key, or ``AccessDenied`` with ``wrong`` (+ the wait or the lockout) after counting the failure."""
    check_writable(keyring)
    check_attempt(keyring, initials)
    try:
        return keyring.unlock(initials, password)
    except (WrongPassword, UnknownUser):
        try:
            count = keyring.record_failure(initials)
        except KeyringUnwritable as exc:
            raise AccessDenied(str(exc), exit_code=KEY_FILE_EXIT) from None
        log.warning("failed unlock attempt %d", count)
        if keyring.locked_out(initials):
            both = msg(QT_TRANSLATE_NOOP("Messages", "{first} {second}"), first=wrong,
                       second=lockout_msg(normalize_initials(initials)))
            raise AccessDenied(both) from None
        delay = keyring.failure_delay(initials)
        if delay > 0:
            again = QT_TRANSLATE_NOOP("Messages", "{wrong} Du kan prøve igen om {seconds} sekunder.")
            raise AccessDenied(msg(again, wrong=wrong, seconds=f"{delay:.0f}"), wait_seconds=delay) from None
        raise AccessDenied(wrong) from None


def flush_failures(keyring: Keyring, repo: Repository, initials: str) -> None:
    """Log the failed attempts recorded while the store was locked, then forget this caseworker's streak.

    The record in the key file is not authenticated, so each row says it came from there, initials
    that could not be typed at the login are logged as "?", and a time that is unreadable, naive or
    in the future is logged as now. If the record's counter is lower than the one the access log's
    head last authenticated, the key file (and its copy) were put back from an older version: that
    is logged too, with how many failures were erased.
    """
    now = dt.datetime.now(dt.UTC)
    entries = []
    for at, who in keyring.pending_failures():
        shown = normalize_initials(who) if validate_initials(who) is None else "?"
        entries.append(LogEntry(shown, "login_failed", detail="recorded in the key file", at=_time(at, now)))
    context = repo.audit_context()
    seen = 0
    if context is not None:
        try:
            stored = context.read_head()
        except AuditHeadError:
            stored = None  # audit verify reports it
        seen = stored.failure_seq if stored else 0
    if keyring.failure_seq < seen:
        erased = seen - keyring.failure_seq
        entries.append(
            LogEntry(
                "?",
                "login_failed",
                detail=f"failure record rolled back: {erased} failed attempts erased (older key file restored)",
            )
        )
    if entries:
        with repo.transaction(initials) as tx:
            tx.write_all(entries)
    keyring.clear_failures(initials)
    if context is not None:
        context.set_failure_seq(max(seen, keyring.failure_seq))


def _time(text: str, now: dt.datetime) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return now
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment if moment <= now else now
