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


def test_names_are_read_from_their_own_words() -> None:
    """A name is trimmed, and judged, the same wherever it stands in a text: what the cached
    helpers rely on."""
    lx = people._patterns("fr").lx
    run = "Le Néerlandais Mark Rutte de Norvège"
    bounds = people._trimmed_run(run, lx, True)
    assert bounds is not None
    assert run[bounds[0] : bounds[1]] == "Mark Rutte"
    view = "Selon " + run + ", il"
    start = view.index(run)
    assert people._introduced_name(view, start, start + len(run), lx) == people._introduced_name(
        "x " + view, start + 2, start + 2 + len(run), lx
    )
    assert people._introduced_name("Otan", 0, 4, lx) is None  # an acronym is no name
