"""Fast paths in ``document.py`` and ``extract/figures.py`` give what the code they replaced gave.

Each test compares a shortcut with the plain reading it stands for, on texts built from what the
shortcut treats specially.
"""

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_iraq import document
from nato_iraq.document import Document, DocumentDate, Furniture, FurnitureKind, normalize
from nato_iraq.extract import figures
from nato_iraq.extract.lexicon import numbers as lex
from nato_iraq.span import Span

_DATELINE_LINES = [
    "",
    "BRUXELLES, 14 février 2018 (AFP) - L'Otan a décidé.",
    "Bagdad (Reuters) - La mission reprend (AFP) -",
    "  BAGDAD, 3 mars 2019 (Belga) — texte",
    "Le texte cite (AFP) sans dateline (Reuters) puis (AP)",
    "bagdad (AFP) - en minuscules",
    "PARIS, " + "x" * 50 + " (AFP) -",
    "(AFP) - seul",
    "Washington (AP)-",
]
DATELINE_TEXTS = st.one_of(
    st.lists(st.sampled_from(_DATELINE_LINES), max_size=8).map("\n".join),
    st.lists(st.sampled_from([*_DATELINE_LINES, "\n", "(AFP)", " - ", "A"]), max_size=20).map("".join),
)


@given(DATELINE_TEXTS)
def test_datelines_are_those_of_every_line(text: str) -> None:
    folded = normalize(text)
    lined = "\n" + folded
    assert document._datelines(folded, lined) == document._line_furniture(lined, document._DATELINE())


def test_document_reports_the_first_wrong_field_as_its_validator_did() -> None:
    cases = [
        ({"id": 1, "text": "x"}, "'id' must be <class 'str'>"),
        ({"id": "d", "text": "x", "language": None}, "'language' must be <class 'str'>"),
        ({"id": "d", "text": "x", "furniture": []}, "'furniture' must be <class 'tuple'>"),
        ({"id": "d", "text": "x", "furniture": (3,)}, "'furniture' must be <class 'nato_iraq.document.Furniture'>"),
        ({"id": "d", "text": "x", "title": "t"}, "'title' must be <class 'nato_iraq.span.Span'>"),
        ({"id": "d", "text": "x", "date": "2020"}, "'date' must be"),
        ({"id": "d", "text": "x", "source": 3}, "'source' must be"),
        ({"id": 1, "text": 2}, "'id' must be"),  # the first wrong field, in field order
    ]
    for fields, message in cases:
        with pytest.raises(TypeError, match=message):
            Document(**fields)


@given(st.integers(-3, 6), st.integers(-3, 6), st.sampled_from(["abcd", "xy", "abcdef"]))
def test_document_checks_every_span_it_holds(start: int, end: int, source: str) -> None:
    """A span sliced from the document's own text is accepted without slicing it again; any other
    span is accepted exactly when its characters are the document's."""
    text = "abcdef"
    shared = source if source != text else text  # the very string, or another one
    span = Span._of("d", shared, start, end) if 0 <= start <= end <= len(shared) else None
    if span is None:
        return
    matches = text[span.start : span.end] == span.text
    try:
        Document(id="d", text=text, title=span)
    except ValueError:
        assert not matches
    else:
        assert matches


def test_a_dated_copy_keeps_its_furniture() -> None:
    doc = document.build_document("date 2023-08\nRechercher\nBAGDAD (AFP) - La mission reprend.\n", "d")
    assert doc.date is not None
    dated = attrs.evolve(doc, date=DocumentDate(doc.date.value, doc.date.basis))
    assert dated.furniture is doc.furniture
    assert [f.kind for f in dated.furniture] == [FurnitureKind.HEADER, FurnitureKind.SEARCH, FurnitureKind.DATELINE]
    # spans built directly hold their own text: compared with the document's characters
    assert attrs.evolve(doc, furniture=(Furniture(FurnitureKind.SEARCH, Span("d", 0, 4, "date")),))
    with pytest.raises(ValueError, match="does not match"):
        attrs.evolve(doc, furniture=(Furniture(FurnitureKind.SEARCH, Span("d", 0, 4, "dat_")),))
    with pytest.raises(ValueError, match="does not match"):
        attrs.evolve(doc, furniture=(Furniture(FurnitureKind.SEARCH, Span("e", 0, 4, "date")),))


@given(st.text(alphabet="abcdeéltnos '\n", max_size=600))
def test_short_texts_get_the_language_of_the_full_count(text: str) -> None:
    """A text counted whole gets what the three-quarter count and its check give."""
    whole = document._COUNTED_WHOLE
    try:
        document._COUNTED_WHOLE = 10**9
        counted_whole = document.detect_language(text)
        document._COUNTED_WHOLE = -1
        cut = document.detect_language(text)
    finally:
        document._COUNTED_WHOLE = whole
    assert counted_whole == cut == document.detect_language(text)


_NUMBER_PHRASES = [
    "deux",
    "trente",
    "quatre-vingt-dix",
    "trois mille cinq cents",
    "deux  mille",
    "vingt\u2003et un",
    "cent\u00a0deux",
    "une dizaine",
    "deux douzaines",
    "des centaines de milliers",
]


@pytest.mark.parametrize("phrase", _NUMBER_PHRASES)
def test_folded_number_words_read_as_folding_them_again(phrase: str) -> None:
    lx = lex.for_language("fr")
    low = phrase.lower()
    assert figures._parse_folded(low, lx) == figures._parse_words(low, lx)


@given(st.text(alphabet="0123456789 .,", min_size=1, max_size=12))
def test_plain_digits_read_as_digits_value(digits: str) -> None:
    if digits.isdigit():
        assert int(digits) == figures._digits_value(digits, None, lex.for_language("fr"))


_BLANK = st.lists(st.sampled_from(["", " ", "\t", "\u2003"]), max_size=3).map("\n".join)


@given(_BLANK, st.sampled_from(["Un paragraphe assez long pour passer pour un teaser coupé...", "court", ""]), _BLANK)
def test_one_paragraph_has_no_teaser(before: str, paragraph: str, after: str) -> None:
    """A body of one paragraph (the rest white space) is done with at once: it has no other
    paragraph to repeat. The full reading (``test_document_speed2``) agrees on any text."""
    assert document._teasers(f"{before}\n{paragraph}\n{after}", 0) == []


_CUE_PIECES = ["augmente", "port", "report", "passe", " ", ".", ";", "x", "é", "-", "'", "rais", "raise", "de"]


@given(
    st.lists(st.sampled_from(_CUE_PIECES), max_size=30).map("".join),
    st.integers(0, 200),
    st.sampled_from(["fr", "en"]),
)
def test_change_cue_search_finds_what_testing_each_word_finds(low: str, start: int, language: str) -> None:
    patterns = figures._patterns(language)
    start = min(start, len(low))
    window = low[max(0, start - 60) : start]
    cut = max(window.rfind("."), window.rfind(";"))
    words = patterns.word.findall(window, cut + 1)
    expected = any(word.startswith(patterns.lexicon.change_cues) for word in words)
    assert figures._has_change_cue(low, start, patterns) == expected
