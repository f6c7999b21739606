"""Examples in module docstrings run (internal modules that the docs site does not render)."""

import doctest
import importlib

import pytest

MODULES = [
    "nato_iraq",
    "nato_iraq.dates",
    "nato_iraq.document",
    "nato_iraq.loading",
    "nato_iraq._names",
    "nato_iraq.span",
    "nato_iraq.extract._text",
    "nato_iraq.extract._cache",
    "nato_iraq.extract.lexicon",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0  # the module does have examples: a listed module without any is a mistake
