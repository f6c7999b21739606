"""A JSON Schema (draft 2020-12) of the corpus JSON, generated from the attrs model.

The schema is not written by hand: :func:`corpus_schema` walks :func:`attrs.fields` of
:class:`~nato_iraq.Corpus` and of every record it holds, reading the real annotations, so it cannot
drift from the classes that :func:`~nato_iraq.to_json` serialises. The package ships the result as
``corpus.schema.json`` for people who validate exports in other languages; the test suite checks
that the shipped file is what this module generates, and that exports validate against it.
Regenerate it after a model change with::

    python -m nato_iraq.schema > src/nato_iraq/corpus.schema.json

The mapping follows the converter behind :func:`~nato_iraq.to_json`: ``str``/``int``/``bool`` are
JSON strings, integers and booleans; ``X | None`` allows ``null``; a ``tuple[X, ...]`` is an array;
an enum is the list of its values; a :class:`~nato_iraq.Span` is an object of its four keys;
:class:`~nato_iraq.PartialDate`, :class:`~nato_iraq.DateRange` and :data:`~nato_iraq.TimeValue`
are strings with an ISO 8601 / EDTF pattern; each attrs class
is one entry of ``$defs``, referred to by ``$ref``.

By default the schema is *closed* and describes exactly what this version writes: every attribute
is required and no other key is allowed, which catches an export that differs from the model.
``corpus_schema(closed=False)`` describes what this version *reads*: attributes with a default may
be missing and unknown keys are allowed -- the stability promise lets a newer minor version add
fields, and this is the schema to validate such data with.
"""

import enum
import json
import sys
import types
import typing
from collections.abc import Sequence
from importlib import resources

import attrs

from .corpus import Corpus
from .dates import DateRange, PartialDate
from .serialization import SCHEMA_VERSION
from .span import Span

__all__ = ["DRAFT", "SCHEMA_FILE", "JSONValue", "corpus_schema", "schema_json", "shipped_schema_json"]

JSONValue = dict[str, "JSONValue"] | list["JSONValue"] | str | int | float | bool | None
"""Any value that :func:`json.dumps` writes."""

DRAFT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of the generated schema."""

SCHEMA_FILE = "corpus.schema.json"
"""Name of the shipped schema inside the ``nato_iraq`` package."""

# ISO 8601 partial dates as PartialDate.iso() writes them: YYYY, YYYY-MM or YYYY-MM-DD.
# [0-9] rather than \d: the same pattern must mean the same in Python and ECMA-262 regexes.
_PARTIAL = r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
PARTIAL_DATE_PATTERN = f"^{_PARTIAL}$"
# DateRange.iso(): "a/b" for a span, EDTF's one-of-a-set "[a..b]" for an uncertain range.
DATE_RANGE_PATTERN = rf"^({_PARTIAL}/{_PARTIAL}|\[{_PARTIAL}\.\.{_PARTIAL}\])$"


def _ref(name: str) -> dict[str, JSONValue]:
    return {"$ref": f"#/$defs/{name}"}


def _description(cls: type) -> str:
    """The first paragraph of a class docstring, on one line."""
    doc = (cls.__doc__ or "").strip()
    return " ".join(doc.split("\n\n", 1)[0].split())


class _Builder:
    """Collects ``$defs`` while walking the types reachable from the corpus."""

    def __init__(self, closed: bool) -> None:
        self.closed = closed
        self.defs: dict[str, JSONValue] = {}

    def type_schema(self, annotation: object) -> dict[str, JSONValue]:
        """The schema of one annotation (a field's type)."""
        if annotation is str:
            return {"type": "string"}
        if annotation is bool:
            return {"type": "boolean"}
        if annotation is int:
            return {"type": "integer"}
        if annotation is type(None) or annotation is None:
            return {"type": "null"}
        if annotation is PartialDate:
            return self._date("PartialDate")
        if annotation is DateRange:
            return self._date("DateRange")
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return self._enum(annotation)
        if annotation is Span:
            return self._span()
        if isinstance(annotation, type) and attrs.has(annotation):
            return self._record(annotation)
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.type_schema(args[0])}
        if origin in (typing.Union, types.UnionType):
            return self._union(args)
        raise TypeError(f"no JSON Schema mapping for {annotation!r}")

    def _union(self, args: Sequence[object]) -> dict[str, JSONValue]:
        nullable = type(None) in args
        members = [a for a in args if a is not type(None)]
        if set(members) == {PartialDate, DateRange}:
            self._time_value()
            inner: list[dict[str, JSONValue]] = [_ref("TimeValue")]
        else:
            inner = [self.type_schema(a) for a in members]
        if nullable:
            # an optional primitive stays compact: {"type": ["string", "null"]}
            if len(inner) == 1 and set(inner[0]) == {"type"} and isinstance(inner[0]["type"], str):
                return {"type": [inner[0]["type"], "null"]}
            inner.append({"type": "null"})
        if len(inner) == 1:
            return inner[0]
        options: list[JSONValue] = list(inner)
        return {"anyOf": options}

    def _date(self, name: str) -> dict[str, JSONValue]:
        if name not in self.defs:
            if name == "PartialDate":
                self.defs[name] = {
                    "description": "A date known to a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD.",
                    "type": "string",
                    "pattern": PARTIAL_DATE_PATTERN,
                }
            else:
                self.defs[name] = {
                    "description": (
                        "An interval of partial dates: 'a/b' when the event spans it, "
                        "'[a..b]' (EDTF one-of-a-set) when it happened on one unknown day inside it."
                    ),
                    "type": "string",
                    "pattern": DATE_RANGE_PATTERN,
                }
        return _ref(name)

    def _time_value(self) -> None:
        if "TimeValue" not in self.defs:
            self._date("PartialDate")
            self._date("DateRange")
            self.defs["TimeValue"] = {
                "description": "A partial date or a date range.",
                "oneOf": [_ref("PartialDate"), _ref("DateRange")],
            }

    def _enum(self, cls: type[enum.Enum]) -> dict[str, JSONValue]:
        name = cls.__name__
        if name not in self.defs:
            values: list[JSONValue] = [member.value for member in cls]
            kinds: list[JSONValue] = [*sorted({"string" if isinstance(v, str) else "integer" for v in values})]
            self.defs[name] = {
                "description": _description(cls),
                "type": kinds[0] if len(kinds) == 1 else kinds,
                "enum": values,
            }
        return _ref(name)

    def _span(self) -> dict[str, JSONValue]:
        # Span is not an attrs class (see nato_iraq.span): its four keys are the ones the
        # converter writes, all required, as for a record without defaults
        if "Span" not in self.defs:
            self.defs["Span"] = {
                "description": _description(Span),
                "type": "object",
                "properties": {
                    "doc_id": {"type": "string"},
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                    "text": {"type": "string"},
                },
                "required": ["doc_id", "start", "end", "text"],
                "additionalProperties": not self.closed,
            }
        return _ref("Span")

    def _record(self, cls: type) -> dict[str, JSONValue]:
        name = cls.__name__
        if name in self.defs:  # built already, or being built (a cycle)
            return _ref(name)
        self.defs[name] = None  # placeholder, so recursive references terminate
        self.defs[name] = self.object_schema(cls)
        return _ref(name)

    def object_schema(self, cls: type, extra: dict[str, JSONValue] | None = None) -> dict[str, JSONValue]:
        """The object schema of an attrs class; *extra* properties come first (``schema_version``)."""
        hints = typing.get_type_hints(cls)
        properties: dict[str, JSONValue] = dict(extra or {})
        required: list[JSONValue] = list(extra or {})
        for field in attrs.fields(cls):
            if not field.init:  # caches such as Corpus._index are not serialised
                continue
            properties[field.name] = self.type_schema(hints[field.name])
            if self.closed or field.default is attrs.NOTHING:
                required.append(field.name)
        return {
            "description": _description(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": not self.closed,
        }


def corpus_schema(*, closed: bool = True) -> dict[str, JSONValue]:
    """The JSON Schema of :func:`~nato_iraq.to_json` output for a :class:`~nato_iraq.Corpus`.

    *closed* (the default) describes exactly what this version writes; ``closed=False`` what it
    reads (defaults may be omitted, unknown keys are allowed).

    >>> from nato_iraq.schema import corpus_schema
    >>> schema = corpus_schema()
    >>> schema["properties"]["schema_version"]
    {'const': 1}
    >>> schema["$defs"]["DecisionStatus"]["enum"]
    ['taken', 'planned', 'under_consideration', 'not_taken']
    >>> schema["$defs"]["Span"]["required"]
    ['doc_id', 'start', 'end', 'text']
    """
    builder = _Builder(closed)
    top = builder.object_schema(Corpus, {"schema_version": {"const": SCHEMA_VERSION}})
    return {
        "$schema": DRAFT,
        "title": f"nato_iraq corpus, schema_version {SCHEMA_VERSION}",
        **top,
        "$defs": {name: builder.defs[name] for name in sorted(builder.defs)},
    }


def schema_json() -> str:
    """The closed corpus schema as the JSON text the package ships (2-space indent, final newline)."""
    return json.dumps(corpus_schema(), indent=2, ensure_ascii=False) + "\n"


def shipped_schema_json() -> str:
    """The text of the ``corpus.schema.json`` shipped inside the installed package."""
    return resources.files("nato_iraq").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def main() -> int:
    """Print the schema (``python -m nato_iraq.schema``)."""
    sys.stdout.write(schema_json())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
