"""The quick scans of decisions, figures and missions find what the plain patterns find.

Each shortcut tries a pattern only where a cheaper scan says it may match; these tests compare
them with the plain ``finditer`` on random texts made of the words, separators and odd characters
(line breaks inside multi-word keys, letters folded from outside French) where they could part.
"""

import random

import pytest

from nato_iraq.extract import _text, decisions, figures, missions

ROUNDS = 1500

SEPARATORS = [" ", " ", " ", "\n", "'", "(", "", "-", ". ", "\u2003"]


def _texts(words: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(words) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 20))) for _ in range(ROUNDS)
    ]


MISSION_WORDS = {
    "fr": [
        "la", "cette", "une", "mission", "coalition", "internationale", "nouvelle", "de", "formation",
        "l'otan", "nmi", "ntm-i", "ntm - i", "otan", "en", "irak", "force", "multinationale", "«", "»",
        "/", "contre", "daech", "mission otan en irak", "resolute", "support", "dirigee", "par", "les",
        "etats-unis", "gouvernementale", "isaf", "conseille", "role de conseil", "forment les", "ei",
        "etat islamique", "\u2013",
    ],
    "en": [
        "the", "nato's", "mission", "training", "coalition", "against", "isis", "islamic", "state",
        "nmi", "advises", "advisory", "role", "mentor", "us-led", "anti-isis", "(", "/", "this",
    ],
}  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "en"])
def test_mission_scans(language: str) -> None:
    patterns = missions._patterns(language)
    scans = [
        (patterns.names, patterns.names_first),
        (patterns.descriptive, patterns.descriptive_first),
        (patterns.coalition, patterns.coalition_first),
    ]
    for low in _texts(MISSION_WORDS[language], 1):
        spaced = missions._spaced(low)
        for pattern, first in scans:
            quick = [(m.span(), shift) for m, shift in missions._scan(pattern, low, first, spaced)]
            assert quick == [(m.span(), shift) for m, shift in missions._scan(pattern, low)], low
        for word_start in (patterns.scope_cues, patterns.islamic_state):
            assert word_start.literals is not None
            assert [m.span() for m in word_start.findall(low)] == [m.span() for m in word_start.pattern.finditer(low)]
            found = word_start.search(low, 3, len(low) - 2)
            expected = word_start.pattern.search(low, 3, len(low) - 2)
            assert (found and found.span()) == (expected and expected.span()), low


def test_opening_literals() -> None:
    assert missions._opening_literals(r"(?<![\w-])(?:ab|abc|x?y|z)") is None  # ``x?`` opens with nothing certain
    assert missions._opening_literals(r"(?<![\w-])(?:ab|c)|d") is None  # ``d`` has no lookbehind
    assert missions._opening_literals(r"(?<![\w-])(?:ab|c)?") is None
    assert missions._opening_literals(r"(?<![\w-])(?:eiil|ei|ab?c|d(?:e|f))(?![\w-]|x)") == ("a", "d", "ei")


FIGURE_WORDS = {
    "fr": [
        "une", "dizaine", "de", "des", "centaines", "la", "cent", "vingt", "quatre-vingt", "mille", "d'",
        "l'", "«", "/", "[", '"', "soldats", "plusieurs", "quelques", "nombreux", "poignee", "un", "million",
        "et", "onze", "trois",
    ],
    "en": [
        "a", "dozen", "half", "hundreds", "of", "one", "two", "thousand", '"', "\u201c", "/", "troops",
        "few", "several", "million", "and", "fifty", "five",
    ],
}  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "en"])
def test_rare_word_quantities(language: str) -> None:
    patterns = figures._patterns(language)
    assert patterns.rare_first is not None
    for low in _texts(FIGURE_WORDS[language], 2):
        assert [m.span() for m in figures._rare_words(low, patterns)] == [
            m.span() for m in patterns.words_rare.finditer(low)
        ], low


DECISION_WORDS = {
    "fr": [
        "ont", "décidé", "decide", "la", "décision", "mis", "fin", "mis\nfin", "s'entendre", "l'examen",
        "d'accord", "mettre", "va", "sera", "ā", "décidā", "feu", "vert", "n'ont", "pas", "approuvé", "É",
        "prise", "aucun", "accord",
    ],
    "en": [
        "decided", "agreed", "the", "decision", "go-ahead", "green", "light", "sign", "off", "signed\noff",
        "ended", "not", "extend", "ā",
    ],
}  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "en"])
def test_cue_keys(language: str) -> None:
    patterns = decisions._patterns(language)
    for text in _texts(DECISION_WORDS[language], 3):
        lowered = decisions._lowered(text)
        expected = [key.start("k") for key in patterns.keys.finditer(lowered)]
        assert decisions._key_starts(lowered, _text.fold_lower(text), patterns) == expected, text
