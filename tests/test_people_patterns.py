"""Invariants the speed of :mod:`nato_iraq.extract.people` relies on."""

import sys

import pytest

from nato_iraq.extract import people

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_parse


@pytest.mark.parametrize("language", ["fr", "en"])
def test_article_search_reaches_the_longest_article_phrase(language: str) -> None:
    """The article before a title is searched for in a window of ``det_reach`` characters, which
    must hold the longest phrase the pattern can match, or a shorter article would be read."""
    patterns = people._patterns(language)
    widest = sre_parse.parse(patterns.det.pattern).getwidth()[1]
    assert patterns.det_reach >= min(widest, 60 if language == "en" else 40)


def test_cached_helpers_take_the_name_alone() -> None:
    """A name is trimmed, and judged, the same wherever it stands in a text."""
    lx = people._patterns("fr").lx
    view = "Selon Le Néerlandais Mark Rutte de Norvège, il"
    start = view.index("Le")
    end = view.index(",")
    bounds = people._clean_name(view, start, end, lx, strip_leading=True)
    assert bounds is not None
    assert view[bounds[0] : bounds[1]] == "Mark Rutte"
    assert people._clean_name("xx " + view, start + 3, end + 3, lx, strip_leading=True) == (
        bounds[0] + 3,
        bounds[1] + 3,
    )
