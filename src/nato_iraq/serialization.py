"""JSON in and out, through one private cattrs converter.

Dates are ISO 8601 text at their own precision (``"2023-08"``; a range ``"2017-07-31/2017-08-03"``;
an uncertain one EDTF's ``"[2021-02-04..2021-02-25]"``), enums are their values, records are
objects with one key per attribute. A corpus is wrapped with a ``schema_version``: readers refuse a
version they do not know rather than guess. The format is stable within a major version: fields
may be added (readers ignore unknown keys), never renamed or removed.
"""

import functools
import json
from typing import Any, TypeVar

import cattrs

from . import _gcpause
from .corpus import Corpus
from .dates import DateRange, PartialDate, parse_time_value
from .errors import SchemaError
from .span import Span

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "make_converter", "to_dict", "to_json"]

SCHEMA_VERSION = 1
"""Version of the corpus JSON layout; bumped only on an incompatible change."""

T = TypeVar("T")


def _structure_time(value: object, _: object) -> PartialDate | DateRange:
    if not isinstance(value, str):
        raise ValueError(f"expected ISO date text, got {type(value).__name__}")
    return parse_time_value(value)


def _structure_partial(value: object, _: object) -> PartialDate:
    if not isinstance(value, str):
        raise ValueError(f"expected ISO date text, got {type(value).__name__}")
    return PartialDate.from_iso(value)


def _structure_range(value: object, _: object) -> DateRange:
    if not isinstance(value, str):
        raise ValueError(f"expected ISO interval text, got {type(value).__name__}")
    return DateRange.from_iso(value)


def _unstructure_span(span: Span) -> dict[str, object]:
    return {"doc_id": span.doc_id, "start": span.start, "end": span.end, "text": span.text}


def _structure_span(value: object, _: object) -> Span:
    if not isinstance(value, dict):
        raise TypeError(f"a span must be an object, got {type(value).__name__}")
    missing = [key for key in ("doc_id", "start", "end", "text") if key not in value]
    if missing:
        raise KeyError(f"span without {', '.join(missing)}")
    return Span(value["doc_id"], value["start"], value["end"], value["text"])


def configure_converter(converter: cattrs.Converter) -> None:
    """Register nato_iraq's hooks on *converter* (dates as ISO text, spans as four keys)."""
    converter.register_unstructure_hook(Span, _unstructure_span)
    converter.register_structure_hook(Span, _structure_span)
    converter.register_unstructure_hook(PartialDate, PartialDate.iso)
    converter.register_unstructure_hook(DateRange, DateRange.iso)
    converter.register_structure_hook(PartialDate, _structure_partial)
    converter.register_structure_hook(DateRange, _structure_range)
    converter.register_unstructure_hook(PartialDate | DateRange, lambda v: v.iso())
    converter.register_structure_hook(PartialDate | DateRange, _structure_time)
    converter.register_unstructure_hook(PartialDate | DateRange | None, lambda v: None if v is None else v.iso())
    converter.register_structure_hook(
        PartialDate | DateRange | None, lambda v, _: None if v is None else _structure_time(v, _)
    )


def make_converter() -> cattrs.Converter:
    """A new converter with nato_iraq's hooks, for callers who want to extend it.

    The library's own functions use a private one; registering hooks on the converter returned
    here changes nothing for them (cattrs' advice: applications keep their own converters).
    """
    from cattrs.preconf.json import make_converter as make_json_converter  # on first use, not on import

    converter = make_json_converter(forbid_extra_keys=False)
    configure_converter(converter)
    return converter


@functools.cache
def _converter() -> cattrs.Converter:
    return make_converter()


def to_dict(obj: object) -> Any:
    """Plain Python data (dicts, lists, str, int, bool, None) for any public nato_iraq value.

    A :class:`~nato_iraq.Corpus` gets a top-level ``schema_version``.
    """
    data = _converter().unstructure(obj)
    if isinstance(obj, Corpus):
        data = {"schema_version": SCHEMA_VERSION, **data}
    return data


def from_dict(data: Any, cls: type[T]) -> T:
    """Rebuild a value of type *cls* from :func:`to_dict` output.

    Raise :class:`~nato_iraq.SchemaError` when *data* does not describe a *cls*.
    """
    if cls is Corpus:
        if not isinstance(data, dict):
            raise SchemaError("corpus JSON must be an object")
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise SchemaError(f"unsupported corpus schema_version {version!r} (this library reads {SCHEMA_VERSION})")
        data = {k: v for k, v in data.items() if k != "schema_version"}
    try:
        with _gcpause.paused():  # a corpus is many objects and no reference cycles
            return _converter().structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        if isinstance(error, cattrs.BaseValidationError):
            detail = "; ".join(cattrs.transform_error(error))
        else:
            detail = str(error)
        raise SchemaError(f"not a valid {getattr(cls, '__name__', cls)}: {detail}") from error


def to_json(obj: object, *, indent: int | None = None) -> str:
    """JSON text for any public nato_iraq value (non-ASCII kept as is)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Rebuild a value of type *cls* from :func:`to_json` output.

    Raise :class:`~nato_iraq.SchemaError` on malformed JSON or data of the wrong shape.
    """
    with _gcpause.paused():  # a corpus is many objects and no reference cycles
        try:
            data = json.loads(text)
        except ValueError as error:
            raise SchemaError(f"not JSON: {error}") from error
        return from_dict(data, cls)
