"""The quick readings of figures and decisions give what the plain patterns give.

Each shortcut here replaces one pattern by a quicker one (or by a pattern tried at fewer
places); these tests compare them on random texts made of the words, separators and odd
characters where the two could part.
"""

import random
import re

import pytest

from nato_iraq.extract import figures

ROUNDS = 1500

SEPARATORS = [" ", " ", " ", "  ", "\n", "'", "(", "", "-", ". ", ", ", "\u2003", "é", "œ", "0", "1 "]

FIGURE_WORDS = {
    "fr": [
        "une", "un", "dizaine", "de", "des", "les", "le", "la", "centaines", "milliers", "cent", "cents",
        "vingt", "vingts", "quatre", "quatre-vingt", "mille", "deux", "d'", "l'", "soldats", "plusieurs",
        "quelques", "nombreux", "nombreuses", "poignee", "million", "millions", "et", "onze", "trois", "bonne",
        "dessus", "lest", "centaine", "septante", "5", "4 000", "2,5", "12.000", "1900", "2018",
    ],
    "en": [
        "a", "an", "dozen", "half", "half-a-dozen", "hundreds", "of", "one", "two", "thousand", "thousands",
        "hundred", "few", "several", "many", "couple", "tens", "million", "and", "fifty", "five", "troops",
        "some", "number", "small", "handful", "4,000", "2.5", "1,2", "2018",
    ],
}  # fmt: skip


def _texts(words: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(words) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 25))) for _ in range(ROUNDS)
    ]


def _plain_words(low: str, patterns: figures._Patterns) -> list[tuple[int, int, str]]:
    pattern = re.compile(f" (?:{patterns.plain_words})")
    kinds = patterns.plain_kinds
    return [(m.start() + 1, m.end(), kinds.get(m.lastgroup or "", "words")) for m in pattern.finditer(low)]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_word_quantities_by_first_word(language: str) -> None:
    patterns = figures._patterns(language)
    assert any(kind == "number" for kind in patterns.word_kinds.values())  # the quick pattern is in use
    for low in _texts(FIGURE_WORDS[language], 11):
        assert figures._scan_words(low, patterns) == _plain_words(low, patterns), low


@pytest.mark.parametrize("language", ["fr", "en"])
def test_digit_numbers(language: str) -> None:
    patterns = figures._patterns(language)
    for low in _texts(FIGURE_WORDS[language], 12):
        expected = [(m.start(), m.end(), m.group(), m.group("mult"), "digits") for m in patterns.digits.finditer(low)]
        assert figures._digit_numbers(low, patterns) == expected, low
