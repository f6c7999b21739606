"""The shortcuts of :func:`nato_iraq.extract.people.find` give the results of the long way."""

import sys

from hypothesis import given
from hypothesis import strategies as st

from nato_iraq.document import build_document
from nato_iraq.extract import people

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_parse


def _mentions(text: str) -> list[tuple[str, str | None]]:
    return [(m.span.text, m.name) for m in people.find(build_document(text, "t"))]


def test_known_full_names_are_those_read_before_bare_names() -> None:
    """A bare run is a person when its full name was read with an honorific or a title; the set
    of those names is made lazily, but must not take in the bare names read in the meantime."""
    # the first run is a person by its reporting cue; the second has no cue, no given name, and
    # its full name was not known before bare names were read: it stays unread
    assert _mentions("Selon Zorblat Quintex, la mission continue. Plus tard, Zorblat Quintex est parti.") == [
        ("Zorblat Quintex", "Zorblat Quintex")
    ]
    # read with an honorific first, the full name makes the later bare run a person
    assert _mentions("M. Zorblat Quintex est arrivé. Plus tard, Zorblat Quintex est parti.") == [
        ("M. Zorblat Quintex", "Zorblat Quintex"),
        ("Zorblat Quintex", "Zorblat Quintex"),
    ]


def test_spans_are_the_documents_characters() -> None:
    """Spans are made without :meth:`Document.span`'s checks: each must still be the text's own
    characters at its offsets."""
    text = "Le secrétaire général de l'OTAN, Jens Stoltenberg, a rencontré M. Haïdar al-Abadi à Bagdad."
    document = build_document(text, "t")
    found = people.find(document)
    assert [m.name for m in found] == ["Jens Stoltenberg", "Haïdar al-Abadi"]
    for mention in found:
        spans = [mention.span, mention.name_span] + ([mention.role.span] if mention.role else [])
        for span in spans:
            assert span is not None
            assert span.doc_id == "t"
            assert span.text == text[span.start : span.end]


def test_french_article_is_never_empty() -> None:
    """:func:`people._roles` drops an empty article match only in English (``the`` and every
    modifier before an English title are optional): a French article must never match empty."""
    det = people._patterns("fr").det
    assert sre_parse.parse(det.pattern).getwidth()[0] > 0
    assert det.search("le secrétaire ", 0, 0) is None


@given(st.text(alphabet="ab ,;:.()\n", max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_last_cut_is_the_last_punctuation_mark(text: str, start: int, end: int) -> None:
    """:func:`people._after_institution` finds the last punctuation mark before a title with
    one search: the mark a string search per mark finds last."""
    start, end = min(start, len(text)), min(end, len(text))
    cut = people._LAST_CUT.search(text, start, end)
    expected = max(text.rfind(c, start, end) for c in ",;:.()\n")
    assert (cut.start() if cut is not None else -1) == expected


_ENGLISH_PIECES = ["the", "nato", "nato's", "former", "ex-", "u.s.", "iraqi", "defense", "said", "(", ",", "1", '"']


@given(st.lists(st.tuples(st.sampled_from(_ENGLISH_PIECES), st.sampled_from(["", " ", "  ", "\n"])), max_size=20))
def test_english_article_search_behind_its_fence(pieces: list[tuple[str, str]]) -> None:
    """:func:`people._roles` looks for an English article phrase after its fence only (the last
    character none of its words has): it finds what a search of the whole reach finds."""
    patterns = people._patterns("en")
    assert patterns.det_fence is not None
    low = "".join(word + space for word, space in pieces) + " "
    end = len(low)
    reach = max(0, end - patterns.det_reach)
    fence = patterns.det_fence.search(low, reach, end)
    fenced = patterns.det.search(low, reach if fence is None else fence.start(), end)
    whole = patterns.det.search(low, reach, end)
    if whole is None:
        assert fenced is None
    else:
        assert fenced is not None
        assert (fenced.span(), fenced.groupdict()) == (whole.span(), whole.groupdict())
