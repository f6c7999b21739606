"""The quick readings of figures and decisions give what the plain patterns give.

Each shortcut here replaces one pattern by a quicker one (or by a pattern tried at fewer
places); these tests compare them on random texts made of the words, separators and odd
characters where the two could part.
"""

import random
import re

import pytest

from nato_iraq.extract import decisions, figures

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


def _kind(match: "re.Match[str]") -> str:
    """The kind of a match of the plain pattern, read from its groups one by one."""
    groups = match.groupdict()
    if groups.get("fx") is not None:
        return "fixed"
    if groups["vq"] is not None:
        return "vague"
    return "amount" if groups["vd"] is not None else "words"


def _plain_words(low: str, patterns: figures._Patterns) -> list[tuple[int, int, str]]:
    pattern = re.compile(f" (?:{patterns.plain_words})")
    found = []
    for match in pattern.finditer(low):
        assert patterns.plain_kinds.get(match.lastgroup or "", "words") == _kind(match)
        found.append((match.start() + 1, match.end(), _kind(match)))
    return found


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


DECISION_CHARS = "aAéÉßÿŸΣσİiKk\u212aẞ–?’œŒ .,;M"


def test_lowered() -> None:
    rng = random.Random(13)
    for _ in range(ROUNDS * 4):
        text = "".join(rng.choice(DECISION_CHARS) for _ in range(rng.randint(0, 30)))
        assert decisions._lowered(text) == decisions._lowered_by_str(text), text
    many = "Ω" * 100 + "É"
    assert decisions._lowered(many) == decisions._lowered_by_str(many) == "ω" * 100 + "é"


STOP_WORDS = {
    "fr": [
        "M", "MM", "Mme", "A", "b", "mission", "afin", "de", "d'", "que", "a", "annoncé", "selon", "1", "2",
        "dès", "réception", "«", "(", "»",
    ],
    "en": ["Mr", "Mrs", "Dr", "St", "A", "mission", "in", "order", "to", "said", "has", "1", "2", "so", "that"],
}  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "en"])
def test_summary_stops(language: str) -> None:
    patterns = decisions._patterns(language)
    plain = re.compile(patterns.lexicon.summary_stops, re.IGNORECASE)
    assert patterns.stops.pattern != plain.pattern  # the quick form is in use
    rng = random.Random(14)
    for text in _texts(STOP_WORDS[language] + [".", ","], 15):
        start = rng.randrange(len(text) + 1)
        found = patterns.stops.search(text, start)
        expected = plain.search(text, start)
        assert (found and found.span()) == (expected and expected.span()), text


def test_literal_before_lookbehinds() -> None:
    moved = decisions._literal_before_lookbehinds
    assert moved(r"(?<!\bM)(?<!\b[A-Z])\.|x") == r"\.(?<!\bM\.)(?<!\b[A-Z]\.)|x"
    assert moved(r"(?<![0-9]),") == r",(?<![0-9],)"
    assert moved(r"(?<!a)\.+") == r"(?<!a)\.+"  # a repeated character is left as it is
    assert moved(r"(?<!a)x") == r"(?<!a)x"


def test_squash() -> None:
    rng = random.Random(16)
    pieces = ["a", "é", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\x85", "b c"]
    for _ in range(ROUNDS * 4):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert decisions._squash(text) == " ".join(text.split()), repr(text)
