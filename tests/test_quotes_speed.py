"""The shortcuts of the quote extractor give the results of the longer way they replace."""

import re
import string

import attrs

from nato_iraq.document import build_document
from nato_iraq.extract import quotes
from nato_iraq.extract._text import fold_accents, fold_lower

TEXT = (
    "L'Otan va élargir sa mission, a annoncé jeudi le secrétaire général de l'Alliance, "
    'Jens Stoltenberg. "Nous avons décidé d\'élargir la mission", a-t-il affirmé.\n\n'
    "Il a rappelé que cette mission était menée « à la demande du gouvernement irakien ». "
    "Le ministre, M. Ali, a salué « un signal fort » ! Pourquoi ? « Parce que… »"
)


def test_latin1_tokens_are_the_general_tokens() -> None:
    general = quotes._patterns("fr").tokens
    latin1 = quotes._latin1_tokens()
    chars = "".join(chr(code) for code in range(256))
    for char in chars:
        assert general.findall(char * 3) == latin1.findall(char * 3), repr(char)
    for sample in (chars, TEXT.encode("latin-1", "replace").decode("latin-1"), "x²1_a9b ½Ã ª·º"):
        assert general.findall(sample) == latin1.findall(sample)


def test_title_words_on_the_lower_view_miss_no_title_match() -> None:
    """Where ignore-case matching of a lexicon character succeeds on the folded view, the lower
    view holds that character, but for the two letters the prefilter checks for."""
    lexicon = quotes._patterns("fr").lx
    words = list(lexicon.titles) + list(lexicon.ranks)
    letters = sorted({c for w in words for c in w} | set(string.ascii_lowercase))
    assert all(c.isascii() for c in letters)
    patterns = {c: re.compile("(?i)" + re.escape(c)) for c in letters}
    misses = set()
    for code in [*range(0x3000), 0x212A, 0x212B, 0xFB05, 0xFB06]:
        char = chr(code)
        folded, low = fold_accents(char), fold_lower(char)
        for letter, pattern in patterns.items():
            if pattern.fullmatch(folded) and low != letter:
                misses.add(char)
    assert misses <= {"ı", "ſ"}


def test_title_prefilter_searches_windows_with_special_letters() -> None:
    patterns = quotes._patterns("fr")
    low = "le ſecretaire general a dit"
    assert quotes._may_hold_title(low, 0, len(low), patterns)
    assert not quotes._may_hold_title("un homme a dit", 0, 14, patterns)


def test_reports_of_an_equal_document_are_those_of_the_same_document() -> None:
    document = build_document(TEXT, "d1")
    twin = attrs.evolve(document)
    assert twin == document
    assert twin is not document
    found = quotes.find(document)
    assert quotes.find_reports(twin) == quotes.find_reports(document)
    assert quotes.find(twin) == found
    fresh = build_document(TEXT, "d1")
    assert quotes.find_reports(fresh) == quotes.find_reports(document)


def test_analyses_do_not_outlive_their_documents() -> None:
    document = build_document(TEXT, "d2")
    quotes.find(document)
    key = id(document)
    assert key in quotes._ANALYSES
    del document
    assert key not in quotes._ANALYSES
