"""Field validators for the attrs classes of the model and of documents.

Each is one plain function doing a field's whole check: attrs's composed validators
(``optional(instance_of(...))``, lists of validators, ``deep_iterable``) cost one Python call per
layer and per element, and every fact and document the parser builds runs them. Messages are
those of ``attrs.validators.instance_of``.
"""

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["Validator", "each", "instance", "nonempty_str", "wrong_type"]

Validator = Callable[[object, "attrs.Attribute[Any]", Any], None]


def wrong_type(attribute: "attrs.Attribute[Any]", expected: object, value: object) -> TypeError:
    """The error ``attrs.validators.instance_of`` raises, without its extra arguments."""
    return TypeError(f"{attribute.name!r} must be {expected!r} (got {value!r} that is a {type(value)!r}).")


def instance(types: type | tuple[type, ...], *, optional: bool = False) -> Validator:
    """A validator that *value* is an instance of *types* (or ``None`` when *optional*)."""

    def check(instance: object, attribute: "attrs.Attribute[Any]", value: Any) -> None:
        if not isinstance(value, types) and not (optional and value is None):
            raise wrong_type(attribute, types, value)

    return check


def each(kind: type, *, tuple_only: bool = False, message: str = "hold") -> Validator:
    """A validator that every item of *value* is a *kind* (and, with *tuple_only*, that it is a
    tuple). A wrong item is reported as ``<field> must hold <Kind> objects`` or, with
    ``message="type"``, with :func:`wrong_type`'s message (as ``deep_iterable`` did)."""

    def check(instance: object, attribute: "attrs.Attribute[Any]", value: Any) -> None:
        if tuple_only and not isinstance(value, tuple):
            raise wrong_type(attribute, tuple, value)
        for item in value:
            if not isinstance(item, kind):
                if message == "type":
                    raise wrong_type(attribute, kind, item)
                raise TypeError(f"{attribute.name} must hold {kind.__name__} objects, got {type(item).__name__}")

    return check


def nonempty_str(instance: object, attribute: "attrs.Attribute[Any]", value: Any) -> None:
    """A validator that *value* is a string with something other than white space."""
    if not isinstance(value, str):
        raise wrong_type(attribute, str, value)
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be empty")
