"""The shipped JSON Schema is the generated one, and corpus exports validate against it.

Validation uses a small validator written here for exactly the part of JSON Schema 2020-12 that
:mod:`nato_iraq.schema` emits (no new dependency); it is tested on invalid inputs too, so a
passing export means something.
"""

import copy
import json
import re
from typing import Any

import pytest
from hypothesis import given, settings

import nato_iraq
from nato_iraq import strategies as nst
from nato_iraq.schema import corpus_schema, schema_json, shipped_schema_json

# --- a tiny validator ------------------------------------------------------------------------------

_ANNOTATIONS = {"$schema", "$defs", "title", "description"}
_KEYWORDS = {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "pattern",
    "$ref",
    "anyOf",
    "oneOf",
    "const",
}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _same(a: Any, b: Any) -> bool:
    """JSON equality: ``1``, ``1.0`` and ``true`` differ in kind, so compare types too."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def _pattern(pattern: str) -> "re.Pattern[str]":
    # ECMA-262's `$` (no multiline) matches only at the very end; Python's also before a final \n.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def validate(instance: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, path: str = "$") -> list[str]:
    """Every violation of *schema* by *instance*, as ``path: problem`` lines (empty when valid)."""
    root = schema if root is None else root
    unknown = set(schema) - _KEYWORDS - _ANNOTATIONS
    if unknown:
        raise ValueError(f"validator does not support {sorted(unknown)} (at {path})")
    errors: list[str] = []
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"only local $defs references are supported, not {ref}")
        errors += validate(instance, root["$defs"][ref.removeprefix("#/$defs/")], root, path)
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[k](instance) for k in kinds):
            return [*errors, f"{path}: {json.dumps(instance)[:60]} is not of type {'/'.join(kinds)}"]
    if "const" in schema and not _same(instance, schema["const"]):
        errors.append(f"{path}: {instance!r} is not {schema['const']!r}")
    if "enum" in schema and not any(_same(instance, v) for v in schema["enum"]):
        errors.append(f"{path}: {instance!r} is not one of {schema['enum']}")
    if "pattern" in schema and isinstance(instance, str) and not _pattern(schema["pattern"]).search(instance):
        errors.append(f"{path}: {instance!r} does not match {schema['pattern']}")
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in instance:
                errors.append(f"{path}: missing required {name!r}")
        for name, value in instance.items():
            if name in properties:
                errors += validate(value, properties[name], root, f"{path}.{name}")
            elif schema.get("additionalProperties", True) is False:
                errors.append(f"{path}: unexpected property {name!r}")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors += validate(value, schema["additionalProperties"], root, f"{path}.{name}")
    if isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            errors += validate(item, schema["items"], root, f"{path}[{index}]")
    if "anyOf" in schema and not any(not validate(instance, s, root, path) for s in schema["anyOf"]):
        errors.append(f"{path}: matches none of anyOf")
    if "oneOf" in schema:
        matching = sum(not validate(instance, s, root, path) for s in schema["oneOf"])
        if matching != 1:
            errors.append(f"{path}: matches {matching} of oneOf, not exactly one")
    return errors


def _keywords(schema: Any) -> set[str]:
    """Every keyword used anywhere in a schema (property names excluded)."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            found.add(key)
            if key in ("properties", "$defs"):
                for sub in value.values():
                    found |= _keywords(sub)
            else:
                found |= _keywords(value)
    elif isinstance(schema, list):
        for item in schema:
            found |= _keywords(item)
    return found


# --- the validator itself ---------------------------------------------------------------------------

TOY = {
    "$defs": {
        "Day": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"},
        "Kind": {"type": "string", "enum": ["a", "b"]},
    },
    "type": "object",
    "properties": {
        "version": {"const": 1},
        "count": {"type": "integer"},
        "name": {"type": ["string", "null"]},
        "kind": {"$ref": "#/$defs/Kind"},
        "days": {"type": "array", "items": {"$ref": "#/$defs/Day"}},
        "either": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        "exactly": {"oneOf": [{"type": "string", "pattern": "^x"}, {"type": "string", "pattern": "y$"}]},
    },
    "required": ["version", "count"],
    "additionalProperties": False,
}
GOOD = {"version": 1, "count": 2, "name": None, "kind": "a", "days": ["2023-08"], "either": 3, "exactly": "xa"}


def test_validator_accepts_a_valid_instance():
    assert validate(GOOD, TOY) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"count": "2"}, '$.count: "2" is not of type integer'),
        ({"count": True}, "$.count: true is not of type integer"),
        ({"count": 2.5}, "$.count: 2.5 is not of type integer"),
        ({"version": 2}, "$.version: 2 is not 1"),
        ({"version": True}, "$.version: True is not 1"),
        ({"name": 3}, "$.name: 3 is not of type string/null"),
        ({"kind": "c"}, "$.kind: 'c' is not one of ['a', 'b']"),
        ({"days": ["2023-8"]}, "$.days[0]: '2023-8' does not match ^[0-9]{4}-[0-9]{2}$"),
        ({"days": ["2023-08\n"]}, "$.days[0]: '2023-08\\n' does not match ^[0-9]{4}-[0-9]{2}$"),
        ({"days": "2023-08"}, '$.days: "2023-08" is not of type array'),
        ({"either": "3"}, "$.either: matches none of anyOf"),
        ({"exactly": "xy"}, "$.exactly: matches 2 of oneOf, not exactly one"),
        ({"exactly": "z"}, "$.exactly: matches 0 of oneOf, not exactly one"),
        ({"extra": 1}, "$: unexpected property 'extra'"),
    ],
)
def test_validator_rejects_each_kind_of_violation(change, message):
    assert validate({**GOOD, **change}, TOY) == [message]


def test_validator_reports_missing_required_and_wrong_top_type():
    assert validate({"version": 1}, TOY) == ["$: missing required 'count'"]
    assert validate([], TOY) == ["$: [] is not of type object"]


def test_validator_refuses_keywords_it_does_not_implement():
    with pytest.raises(ValueError, match="minimum"):
        validate(1, {"type": "integer", "minimum": 0})
    with pytest.raises(ValueError, match="local"):
        validate(1, {"$ref": "https://example.org/schema"})


# --- the shipped schema -------------------------------------------------------------------------------


def test_shipped_schema_is_the_generated_one():
    assert shipped_schema_json() == schema_json(), (
        "regenerate with: python -m nato_iraq.schema > src/nato_iraq/corpus.schema.json"
    )
    assert json.loads(shipped_schema_json()) == corpus_schema()


def test_generator_emits_only_what_the_validator_implements():
    for closed in (True, False):
        assert _keywords(corpus_schema(closed=closed)) <= _KEYWORDS | _ANNOTATIONS


def test_schema_shape():
    schema = corpus_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"] == {"const": nato_iraq.SCHEMA_VERSION}
    assert set(schema["properties"]) == {"schema_version", *nato_iraq.to_dict(nato_iraq.Corpus())}
    defs = schema["$defs"]
    assert defs["Approximation"]["enum"] == ["exact", "approximate", "at_least", "at_most", "vague"]
    assert defs["Span"]["properties"] == {
        "doc_id": {"type": "string"},
        "start": {"type": "integer"},
        "end": {"type": "integer"},
        "text": {"type": "string"},
    }
    assert defs["Decision"]["properties"]["date"] == {"anyOf": [{"$ref": "#/$defs/TimeValue"}, {"type": "null"}]}
    assert defs["PersonnelFigure"]["properties"]["value"] == {"type": ["integer", "null"]}
    assert defs["Official"]["properties"]["roles"] == {"type": "array", "items": {"$ref": "#/$defs/Role"}}
    assert "_index" not in schema["properties"]
    assert "index" not in schema["properties"]
    # every reference resolves
    text = json.dumps(schema)
    for name in re.findall(r'"#/\$defs/([A-Za-z]+)"', text):
        assert name in defs


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2023", True),
        ("2023-08", True),
        ("2023-08-17", True),
        ("2017-07-31/2017-08-03", True),
        ("[2021-02-04..2021-02-25]", True),
        ("2014/2016-05", True),
        ("2023-13", False),
        ("2023-08-32", False),
        ("23-08", False),
        ("2023-08-17T10:00", False),
        ("[2021-02-04/2021-02-25]", False),
        ("2021-02-04..2021-02-25", False),
        ("", False),
    ],
)
def test_time_value_patterns(value, ok):
    schema = corpus_schema()
    assert (validate(value, {"$ref": "#/$defs/TimeValue"}, schema) == []) is ok


# --- exports validate -----------------------------------------------------------------------------------


def test_bundled_corpus_export_validates():
    data = json.loads(nato_iraq.to_json(nato_iraq.load()))
    assert validate(data, corpus_schema()) == []
    assert validate(data, corpus_schema(closed=False)) == []


def test_a_damaged_export_is_caught():
    data = json.loads(nato_iraq.to_json(nato_iraq.load()))
    schema = corpus_schema()
    broken = copy.deepcopy(data)
    broken["decisions"][0]["status"] = "decided"
    broken["documents"][0]["title"]["start"] = "0"
    broken["missions"][0]["strength"] = [{"value": 1}]
    del broken["officials"][0]["name"]
    errors = validate(broken, schema)
    statuses = "['taken', 'planned', 'under_consideration', 'not_taken']"
    assert f"$.decisions[0].status: 'decided' is not one of {statuses}" in errors
    assert "$.documents[0].title: matches none of anyOf" in errors
    assert "$.officials[0]: missing required 'name'" in errors
    assert any(e.startswith("$.missions[0].strength[0]: missing required") for e in errors)


def test_closed_schema_is_exact_and_open_schema_is_lenient():
    data = json.loads(nato_iraq.to_json(nato_iraq.load()))
    data["added_in_a_later_version"] = []
    del data["officials"][0]["surface_forms"]  # has a default: a reader fills it in
    assert validate(data, corpus_schema(closed=False)) == []
    assert sorted(validate(data, corpus_schema())) == [
        "$.officials[0]: missing required 'surface_forms'",
        "$: unexpected property 'added_in_a_later_version'",
    ]
    assert nato_iraq.from_dict(data, nato_iraq.Corpus).officials[0].surface_forms == ()
    del data["officials"][0]["id"]  # no default: required in both
    assert validate(data, corpus_schema(closed=False)) == ["$.officials[0]: missing required 'id'"]


@settings(max_examples=40, deadline=None)
@given(nst.corpora())
def test_generated_corpora_validate(corpus):
    schema = corpus_schema()
    assert validate(json.loads(nato_iraq.to_json(corpus)), schema) == []


@settings(max_examples=40, deadline=None)
@given(nst.missions())
def test_generated_records_validate_against_their_definition(mission):
    schema = corpus_schema()
    assert validate(nato_iraq.to_dict(mission), {"$ref": "#/$defs/Mission"}, schema) == []
