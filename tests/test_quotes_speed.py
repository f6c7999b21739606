"""The shortcuts of the quote extractor give the results of the longer way they replace."""

import re
import string

import attrs
import pytest

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


def test_a_lower_case_ascii_letter_on_the_lower_view_is_a_word_character_on_the_folded_view() -> None:
    """What lets the title prefilter look for title words after a character that is not a
    lower-case ASCII letter: where the title phrase's lookbehind ``(?<![\\w-])`` holds on the
    folded view, the lower view holds no such letter."""
    for code in [*range(0x3000), 0x212A, 0x212B, 0xFB05, 0xFB06]:
        char = chr(code)
        if not re.fullmatch(r"[\w-]", fold_accents(char)):
            assert not re.fullmatch("[a-z]", fold_lower(char)), repr(char)


def test_title_prefilter_finds_title_words_after_a_break() -> None:
    patterns = quotes._patterns("fr")
    assert quotes._may_hold_title("ministre x a dit", 0, 16, patterns)
    assert quotes._may_hold_title("le ministre a dit", 3, 17, patterns)
    assert quotes._may_hold_title("l'ambassadeur a dit", 2, 19, patterns)
    assert not quotes._may_hold_title("administre a dit", 0, 16, patterns)


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


def _window_texts() -> list[str]:
    """Folded texts with names and their neighbours in the shapes the name patterns see."""
    from nato_iraq.loading import seed_texts

    texts = [fold_accents(text) for _, text in seed_texts()[:40]]
    texts.append(fold_accents(TEXT))
    texts.append("Il a dit. (Jens Stoltenberg) «Ali» O'Brien-Smith al-Abadi Jean-Yves Le Drian,X Y-Z'A  B")
    texts.append("He said she would: it, they; we 'I' -he he- he's NATO's Mr. Lloyd Austin U.N.Ali")
    return texts


def test_name_search_finds_the_names_of_the_lookbehind_pattern() -> None:
    """``name_search`` from ``lo - 1`` yields the names ``after[2]`` yields from ``lo``."""
    for language in ("fr", "en"):
        patterns = quotes._patterns(language)
        for text in _window_texts():
            for lo in range(1, len(text), 7):
                hi = min(len(text), lo + 150)
                expected = [m.span("sp") for m in patterns.after[2].finditer(text, lo, hi)]
                found = [m.span("sp") for m in patterns.name_search.finditer(text, lo - 1, hi)]
                assert found == expected, (language, text[lo:hi])
                assert all(m.end() == m.end("sp") for m in patterns.name_search.finditer(text, lo - 1, hi))


def test_kind_of_a_long_quote_read_by_its_head_is_its_kind_read_whole(monkeypatch: "pytest.MonkeyPatch") -> None:
    from nato_iraq.loading import seed_texts

    words = ["Nous", "avons", "de", "la", "OTAN", "Mission", "in", "Iraq", "the", "un", "3", "l'Irak", "NATO", "a"]
    samples = [text for _, text in seed_texts()[:60]]
    # sentences (with a final stop) and names or fragments (without) of 8 to 27 words
    sentences = [" ".join(words[(i * 7 + j * 3) % len(words)] for j in range(8 + i % 20)) for i in range(300)]
    samples += [sentence + ".!"[i % 2] for i, sentence in enumerate(sentences)]
    samples += [" ".join(words[(i * 5 + j) % len(words)] for j in range(12 + i % 9)) for i in range(300)]
    for language in ("fr", "en"):
        patterns = quotes._patterns(language)
        for sample in samples:
            view = "Ali a répondu « " + sample.replace("«", "").replace("»", "")[:400] + " »"
            marked = quotes._Marked(14, len(view), 15, len(view) - 1)
            kinds = []
            for head in (quotes._KIND_HEAD, 10**9):
                monkeypatch.setattr(quotes, "_KIND_HEAD", head)
                kinds.append(quotes._kind(view, marked, patterns, patterns.tokens))
            assert kinds[0] == kinds[1], (language, view)
