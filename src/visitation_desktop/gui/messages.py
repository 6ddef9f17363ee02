"""The domain's messages (findings, SMART checks) in the language the program runs in.

The domain gives each message as a ``Msg``: a Danish template and its values
(``domain/messages.py``). Here every template is looked up in Qt's translation under the
domain's context, so with the English .qm installed a finding reads in English, while the
values taken from the quality standard or typed by the caseworker stay as they are.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..domain.findings import Finding
from ..domain.messages import CONTEXT, Join, Msg, date_msg


def translate_message(template: str) -> str:
    """A domain or service template in the program's language (what ``Msg.render`` and the
    summary take as ``translate``)."""
    return QCoreApplication.translate(CONTEXT, template)


def shown(text: Msg | Join) -> str:
    """A domain message as the user reads it."""
    return text.render(translate_message)


def finding_text(finding: Finding) -> str:
    """A finding's message in the program's language (its Danish text when it has no template)."""
    return shown(finding.text) if finding.text is not None else finding.message


def date_text(day: dt.date) -> str:
    """ "3. marts 2025" in Danish, "3 March 2025" in English: how a sentence names a date."""
    return shown(date_msg(day))


def error_text(error: Exception) -> str:
    """A store or service error's message in the program's language (Danish when it has no template)."""
    text = getattr(error, "text", None)
    if isinstance(text, Msg | Join):
        return shown(text)
    message = getattr(error, "message", None)
    return message if isinstance(message, str) else str(error)
