"""The program's own words in the domain: a Danish template and the values it names.

A finding or a SMART check carries its message twice: ``message``, the Danish sentence the CLI,
the documents and the logs of the caseworker's actions use, and ``text``, a ``Msg`` the GUI
renders in the language chosen. The template is the Danish source text with ``{name}`` fields;
``render(translate)`` looks each template up (Qt's ``QCoreApplication.translate`` under
``CONTEXT`` in the GUI, nothing in Danish) and fills it.

Values are shown as they are when they are ``str`` or numbers: the standard's texts (offer
names, criteria) and what the caseworker typed stay in the municipality's language. A ``Msg``
value is translated too (dates, lists, the program's own labels); a ``Join`` puts several values
together with a separator.

Templates are marked with ``QT_TRANSLATE_NOOP(CONTEXT, ...)`` where they are written, so that
``scripts/update_translations.sh`` (``pyside6-lupdate`` over ``domain/``) collects them into the
.ts; no Qt is imported here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Msg:
    """A template (Danish source text with ``{name}`` fields) and the values of its fields."""

    template: str
    params: tuple[tuple[str, str | int | float | Msg | Join], ...] = ()

    def render(self, translate: Translate = _same) -> str:
        values = {name: _render(value, translate) for name, value in self.params}
        return translate(self.template).format(**values)

    def templates(self) -> list[str]:
        """This template and those of every ``Msg`` among its values (what a translation needs)."""
        found = [self.template]
        for _, value in self.params:
            found += _templates(value)
        return found

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class Join:
    """Values shown one after the other with ``sep`` between them (sentences: a space)."""

    items: tuple[str | int | float | Msg | Join, ...]
    sep: str = " "

    def render(self, translate: Translate = _same) -> str:
        return str(_render(self, translate))

    def templates(self) -> list[str]:
        return _templates(self)


def _render(value: str | int | float | Msg | Join, translate: Translate) -> str | int | float:
    if isinstance(value, Msg):
        return value.render(translate)
    if isinstance(value, Join):
        return value.sep.join(str(_render(item, translate)) for item in value.items)
    return value


def _templates(value: str | int | float | Msg | Join) -> list[str]:
    if isinstance(value, Msg):
        return value.templates()
    if isinstance(value, Join):
        return [t for item in value.items for t in _templates(item)]
    return []


def msg(template: str, **params: str | int | float | Msg | Join) -> Msg:
    """``Msg(template, params)``: write ``msg(QT_TRANSLATE_NOOP(CONTEXT, "..."), name=value)``."""
    return Msg(template, tuple(params.items()))


def sentences(*parts: Msg | str) -> Msg | Join:
    """Several sentences in a row, each translated on its own."""
    if len(parts) == 1 and isinstance(parts[0], Msg):
        return parts[0]
    return Join(tuple(parts))


_MONTHS = (
    QT_TRANSLATE_NOOP("Messages", "januar"),
    QT_TRANSLATE_NOOP("Messages", "februar"),
    QT_TRANSLATE_NOOP("Messages", "marts"),
    QT_TRANSLATE_NOOP("Messages", "april"),
    QT_TRANSLATE_NOOP("Messages", "maj"),
    QT_TRANSLATE_NOOP("Messages", "juni"),
    QT_TRANSLATE_NOOP("Messages", "juli"),
    QT_TRANSLATE_NOOP("Messages", "august"),
    QT_TRANSLATE_NOOP("Messages", "september"),
    QT_TRANSLATE_NOOP("Messages", "oktober"),
    QT_TRANSLATE_NOOP("Messages", "november"),
    QT_TRANSLATE_NOOP("Messages", "december"),
)


def date_msg(day: dt.date) -> Msg:
    """ "3. marts 2025" in Danish, "3 March 2025" in English."""
    return msg(
        QT_TRANSLATE_NOOP("Messages", "{day}. {month} {year}"),
        day=day.day,
        month=Msg(_MONTHS[day.month - 1]),
        year=day.year,
    )


def and_list(items: Sequence[str | Msg]) -> str | Msg | Join:
    """ "a, b og c" in Danish, "a, b and c" in English."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return msg(
        QT_TRANSLATE_NOOP("Messages", "{first} og {last}"),
        first=Join(tuple(items[:-1]), ", "),
        last=items[-1],
    )
