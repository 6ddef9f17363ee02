"""Dataclasses to and from plain JSON-ready dicts, driven by the type hints.

The case file travels as JSON (store column, ``cases export``/``import``); this module
keeps that one mapping in one place so nothing is written twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import re
import types
import typing
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")


@functools.cache
def _type_hints(tp: type) -> dict[str, Any]:
    """Resolving a dataclass's hints is slow (string annotations); a case load asks hundreds of times."""
    return get_type_hints(tp)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # what ``date.isoformat()`` writes, nothing looser
_INT_KEY = re.compile(r"-?(0|[1-9][0-9]*)")  # what ``str(int)`` writes


class SerializationError(ValueError):
    """A document does not fit the shape of the dataclass; ``path`` names the key."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def to_dict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_dict(v) for v in obj]
    return obj


def from_dict(cls: type[T], data: Any, path: str = "$") -> T:
    return typing.cast(T, _convert(cls, data, path))


def _convert(tp: Any, value: Any, path: str) -> Any:
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _convert(args[0], value, path)
    if tp is Any:
        return value
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise SerializationError(path, "forventede et objekt")
        hints = _type_hints(typing.cast(type, tp))
        names = {f.name for f in dataclasses.fields(tp)}
        unknown = sorted(set(value) - names)
        if unknown:
            raise SerializationError(f"{path}.{unknown[0]}", _unknown_problem(unknown[0], names))
        kwargs = {
            name: _convert(hints[name], value[name], f"{path}.{name}")
            for name in names
            if name in value
        }
        return typing.cast(Any, tp)(**kwargs)
    if origin is list:
        if not isinstance(value, list):
            raise SerializationError(path, "forventede en liste")
        (item,) = get_args(tp)
        return [_convert(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise SerializationError(path, "forventede et objekt")
        key_t, val_t = get_args(tp)
        out = {}
        for k, v in value.items():
            key = _int_key(k, f"{path}.{k}") if key_t is int else k
            out[key] = _convert(val_t, v, f"{path}.{k}")
        return out
    if tp is dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            if not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise SerializationError(path, f"ugyldig dato {value!r} (brug ÅÅÅÅ-MM-DD)") from None
    if tp is bool:
        if not isinstance(value, bool):
            raise SerializationError(path, "forventede true eller false")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SerializationError(path, "forventede et heltal")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise SerializationError(path, "forventede en tekst")
        return value
    return value


def _unknown_problem(name: str, known: set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f"ukendt felt (mente du »{close[0]}«?)" if close else "ukendt felt"


def _int_key(key: Any, path: str) -> int:
    if isinstance(key, int) and not isinstance(key, bool):
        return key
    if isinstance(key, str) and _INT_KEY.fullmatch(key):
        return int(key)
    raise SerializationError(path, f"nøglen skal være et heltal, fx \"1\" eller \"-2\", ikke {key!r}")
