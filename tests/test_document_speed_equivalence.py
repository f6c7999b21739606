"""The fast paths of ``document.py`` and ``extract/_text.py`` give what the plain code they replace gave.

Each test compares a function with a straightforward reference (the code the fast path replaced),
on texts drawn from the characters those paths treat specially: white space of every kind,
sentence punctuation, letters whose case or accents fold unusually, characters outside Latin-1.
"""

import re

from hypothesis import given
from hypothesis import strategies as st

from nato_iraq import document
from nato_iraq.extract import _text

_SPECIAL = [*"aAeéÉzZ  \n\t.!?…»\"”)(-–'’MDrSU_1²ſKİıœŒ?ÿŸß", "\u00a0", "\u2003", "\u3000", "\x0b", "\x85"]
_PIECES = [*_SPECIAL, "M.", "Mme.", "déc.", "U.S.", "janv.", "Sept.", "...", "  ", "\n\n", "Rechercher", "Par AFP"]
_PIECES += ["\nPar Belga", "\nSEARCH", "\nLire aussi : x", "\nAccueil", "\n© AFP", "\nSource : X", "\nPublié le"]
TEXTS = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join), st.text(max_size=120))


@given(TEXTS)
def test_words_are_the_regex_words(text: str) -> None:
    expected = [w.encode("latin-1") for w in re.findall("[a-zà-ÿ]+", text.lower())]
    assert document._words(text) == expected


@given(TEXTS)
def test_squash_is_split_and_join(text: str) -> None:
    assert document._squash(text) == " ".join(text.split())


_OLD_SENTENCE_END = re.compile(r"[.!?…]+[»\"”)]*[ \n]+|\n")


def _old_sentences(text: str) -> list[tuple[int, int]]:
    """:func:`nato_iraq.document.sentences` as it was written before it was made faster."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _OLD_SENTENCE_END.finditer(text):
        if match.group() != "\n":
            following = text[match.end() : match.end() + 1]
            if following.islower() or document._ABBREVIATION().search(text, max(0, match.start() - 5), match.start()):
                continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    result = []
    for begin, end in bounds:
        while end - begin > document.MAX_SENTENCE:
            cut = text.rfind(" ", begin + document.MAX_SENTENCE // 2, begin + document.MAX_SENTENCE)
            cut = cut + 1 if cut > begin else begin + document.MAX_SENTENCE
            chunk = text[begin:cut]
            if chunk.strip():
                result.append((begin + len(chunk) - len(chunk.lstrip()), begin + len(chunk.rstrip())))
            begin = cut
        chunk = text[begin:end]
        if chunk.strip():
            result.append((begin + len(chunk) - len(chunk.lstrip()), begin + len(chunk.rstrip())))
    return result


@given(TEXTS)
def test_sentences_are_the_old_sentences(text: str) -> None:
    assert document.sentences(text) == _old_sentences(text)


def test_long_runs_are_cut_as_before() -> None:
    text = "mot " * 2000 + "M. X. " + "a" * 7000 + "\n" + "b. " * 1500
    assert document.sentences(text) == _old_sentences(text)


_LINE_PATTERNS = [
    document._SEARCH(),
    document._NAVIGATION(),
    document._BYLINE(),
    document._SOURCE(),
    document._DATELINE(),
]


@given(TEXTS)
def test_line_patterns_match_what_multiline_anchors_matched(text: str) -> None:
    folded = document.normalize(text)
    for pattern in _LINE_PATTERNS:
        body = pattern.pattern.removeprefix("\n(?:").removesuffix(")")
        anchored = re.compile("^(?:" + body + ")", pattern.flags)
        expected = []
        for match in anchored.finditer(folded):
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            end = match.start() + len(match.group().rstrip())
            if end > start:
                expected.append((start, end))
        assert document._line_furniture(document._lined(folded), pattern) == expected


@given(TEXTS)
def test_the_union_of_line_patterns_finds_a_line_whenever_one_of_them_does(text: str) -> None:
    lined = document._lined(document.normalize(text))
    if any(pattern.search(lined) for pattern in _LINE_PATTERNS[:4]):
        assert document._LAYOUT_LINE().search(lined)


@given(TEXTS)
def test_folding_is_per_character(text: str) -> None:
    assert _text.fold_accents(text) == "".join(_text._fold_char(c, False) for c in text)
    assert _text.fold_lower(text) == "".join(_text._fold_char(c, True) for c in text)
