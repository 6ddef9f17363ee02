"""Dataclasses to and from plain JSON-ready dicts, driven by the type hints.

The case file travels as JSON (store column, ``cases export``/``import``); this module
keeps that one mapping in one place so nothing is written twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")


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
        hints = get_type_hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        unknown = set(value) - names
        if unknown:
            raise SerializationError(f"{path}.{sorted(unknown)[0]}", "ukendt felt")
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
            key = int(k) if key_t is int else k
            out[key] = _convert(val_t, v, f"{path}.{k}")
        return out
    if tp is dt.date:
        if isinstance(value, dt.date):
            return value
        try:
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
