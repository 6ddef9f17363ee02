"""Counting the inputs a property test tries, and telling documented errors from crashes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .conftest import TRIED, UNHANDLED

T = TypeVar("T")


def attempt(
    name: str, call: Callable[[], T], documented: tuple[type[Exception], ...]
) -> tuple[T | None, Exception | None]:
    """Run ``call``: (its result, None) or (None, the documented error). Any other exception is
    counted as unhandled and fails the test."""
    TRIED[name] += 1
    try:
        return call(), None
    except documented as exc:
        danish(exc)
        return None, exc
    except Exception:
        UNHANDLED[name] += 1
        raise


def danish(message: object) -> None:
    """A message meant for the caseworker is a non-empty text that can be written out as UTF-8."""
    text = str(message)
    assert text.strip()
    text.encode("utf-8")
