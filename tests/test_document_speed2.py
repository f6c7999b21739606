"""The second round of fast paths in ``document.py`` gives what the code it replaced gave.

Each test compares a function with the code it replaced (kept here as the reference), on texts
built from what those paths treat specially: long lines cut off with ``...`` or repeated, white
space of every kind, header lines, characters outside Latin-1.
"""

import collections
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_iraq import document
from nato_iraq.span import Span

_LONG = "Le secrétaire général de l'Otan a annoncé jeudi une mission élargie"
_LINES = [
    "",
    " ",
    "Titre court",
    "Titre court.",
    _LONG,
    _LONG + ".",
    _LONG + "...",
    _LONG[:45] + "...",
    _LONG[:30] + "\u2026",
    "  " + _LONG + "  ",
    _LONG.replace(" ", "  "),
    _LONG.replace(" ", "\u2003"),
    _LONG.replace(" ", "\x0b", 2),
    _LONG.replace(" ", "\x85", 1),
    " date 2023-08 ",
    "date 2021-03-04 " + _LONG,
    "Rechercher",
    "Par AFP",
    "x" * 45 + " ...",
    "Œuvre – " + _LONG,
    "« " + _LONG + " »",
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(_LINES), max_size=12).map("\n".join),
    st.lists(st.sampled_from([*_LINES, "\n", "\t", "...", "\u2026", "  "]), max_size=30).map("".join),
    st.text(max_size=120),
)


def _old_teasers(folded: str, lines: list["re.Match[str]"], body_start: int) -> list[tuple[int, int]]:
    """``document._teasers`` before it read the lines with ``str.split``."""
    paragraphs: list[tuple[int, str]] = []
    squashed: list[str] = []
    for match in lines:
        offset = match.start()
        if offset >= body_start:
            line = match.group()
        elif match.end() > body_start:
            offset = body_start
            line = folded[body_start : match.end()]
        else:
            continue
        para = document._squash(line)
        if para:
            paragraphs.append((offset, line))
            squashed.append(para)
    last = {para: index for index, para in enumerate(squashed)}
    found: list[tuple[int, int]] = []
    for index, para in enumerate(squashed):
        if len(para) < 40:
            continue
        if para.endswith(("...", "\u2026")):
            head = para.rstrip(".\u2026 ")[:40]
            if head and head in " ".join(squashed[:index] + squashed[index + 1 :]):
                found.append(document._trimmed(*paragraphs[index]))
                continue
        if last[para] > index:
            found.append(document._trimmed(*paragraphs[index]))
    return found


def _old_title(
    doc_id: str, text: str, folded: str, lines: list["re.Match[str]"], covered: list[tuple[int, int]]
) -> Span | None:
    """``document._title`` before it read lines one by one."""
    for index, match in enumerate(lines):
        start, end = match.span()
        if any(s <= start and end <= e for s, e in covered):
            continue
        header_end = max((e for s, e in covered if s <= start < e), default=start)
        start = max(start, header_end)
        chunk = folded[start:end]
        line = chunk.strip()
        if not line:
            continue
        if (
            index == len(lines) - 1
            or len(line) > 200
            or line[-1] in '.:;,»"'
            or line.endswith("...")
            or start != match.start()
        ):
            return None
        lead = start + (len(chunk) - len(chunk.lstrip()))
        tail = start + len(chunk.rstrip())
        return Span._of(doc_id, text, lead, tail)
    return None


@given(TEXTS, st.integers(0, 20))
def test_teasers_are_the_old_teasers(text: str, cut: int) -> None:
    folded = document.normalize(text)
    first_line = folded.find("\n")
    body_start = min(cut, len(folded) if first_line < 0 else first_line)  # a header is on the first line
    lines = list(document._PARAGRAPH().finditer(folded))
    assert document._teasers(folded, body_start) == _old_teasers(folded, lines, body_start)


@given(TEXTS, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=3))
def test_title_is_the_old_title(text: str, spans: list[tuple[int, int]]) -> None:
    folded = document.normalize(text)
    covered = [(start, start + length) for start, length in spans]
    lines = list(document._PARAGRAPH().finditer(folded))
    assert document._title("d", text, folded, covered) == _old_title("d", text, folded, lines, covered)


def test_other_spaces_are_all_the_white_space_split_knows_but_space_and_line_break() -> None:
    every = {c for c in map(chr, range(sys.maxunicode + 1)) if len(f"a{c}b".split()) == 2}
    assert set(document._OTHER_SPACES) == every - {" ", "\n"}


def test_lower_to_letters_are_all_characters_beyond_latin_1_that_lower_case_to_a_letter() -> None:
    letter = re.compile("[a-zà-ÿ]")
    beyond = {c for c in map(chr, range(256, sys.maxunicode + 1)) if letter.search(c.lower())}
    assert set(document._LOWER_TO_LETTERS) == beyond


_WORD_PIECES = [*"aAzZ éÉÿŸİıKÅÅœŒß?–’\n\t.", "\u212a", "\u212b", "\ud800", "ǅ", "ﬀ", "Σ", "de", "The"]


@given(st.one_of(st.lists(st.sampled_from(_WORD_PIECES), max_size=40).map("".join), st.text(max_size=80)))
def test_words_are_the_regex_words(text: str) -> None:
    expected = [w.encode("latin-1") for w in re.findall("[a-zà-ÿ]+", text.lower())]
    assert document._words(text) == expected


def _old_detect_language(text: str) -> str:
    """``document.detect_language`` before it could stop counting early."""
    words = document._words(text[:5000])
    if not words:
        return "und"
    counts = dict.fromkeys(document._FUNCTION_WORDS, 0)
    shared = 0
    for word, times in collections.Counter(filter(document._LANGUAGES_OF.__contains__, words)).items():
        for code in document._LANGUAGES_OF[word]:
            counts[code] += times
        if word in document._SHARED_FR:
            shared += times
    supported = max(counts["fr"], counts["en"])
    other = max((c for c in counts if c not in document.SUPPORTED_LANGUAGES), key=lambda c: counts[c])
    distinctive = max(counts["fr"] - shared, counts["en"])
    if counts[other] >= 4 and counts[other] >= 2 * distinctive:
        return other
    if supported < max(2, len(words) // 25):
        return "und"
    return "en" if counts["en"] > counts["fr"] else "fr"


_FUNCTION = sorted({word for vocabulary in document._FUNCTION_WORDS.values() for word in vocabulary})
_OTHER_WORDS = ["secrétaire", "Otan", "mission", "x", "l", "d", "ab", "abc", "abcd", "abcde", "abcdef", "Irak", "1999"]
_SEPARATORS = [" ", "  ", ", ", ". ", "\n", "'", "-", " – ", "\u212a", "İ"]


@st.composite
def _language_mixes(draw: st.DrawFn) -> str:
    """Texts of function words of every language in drawn proportions, some over 5,000 characters."""
    weights = draw(st.lists(st.integers(0, 9), min_size=2, max_size=2))
    size = draw(st.integers(0, 1500))
    rng = draw(st.randoms(use_true_random=False))
    pools = [_FUNCTION, _OTHER_WORDS]
    parts = []
    for _ in range(size):
        pool = rng.choices(pools, weights=[w + 1 for w in weights])[0]
        parts.append(rng.choice(pool))
        parts.append(rng.choice(_SEPARATORS))
    return "".join(parts)


@st.composite
def _one_language(draw: st.DrawFn) -> str:
    """Texts of one language's function words and others, where the last quarter may differ."""
    code = draw(st.sampled_from(sorted(document._FUNCTION_WORDS)))
    tail_code = draw(st.sampled_from(sorted(document._FUNCTION_WORDS)))
    rng = draw(st.randoms(use_true_random=False))
    size = draw(st.integers(1, 1200))
    density = draw(st.floats(0.0, 1.0))
    head = sorted(document._FUNCTION_WORDS[code])
    tail = sorted(document._FUNCTION_WORDS[tail_code])
    parts = []
    for index in range(size):
        pool = (head if index < size * 3 // 4 else tail) if rng.random() < density else _OTHER_WORDS
        parts.append(rng.choice(pool) + rng.choice(_SEPARATORS))
    return "".join(parts)


@given(st.one_of(_language_mixes(), _one_language(), TEXTS))
def test_detect_language_is_the_old_detect_language(text: str) -> None:
    assert document.detect_language(text) == _old_detect_language(text)


def test_detect_language_on_the_seeds_is_the_old_detect_language() -> None:
    from nato_iraq.loading import seed_texts

    for _, text in seed_texts():
        for sample in (text, text[: len(text) // 3], text * 3):
            assert document.detect_language(sample) == _old_detect_language(sample)


@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_analysis_text_is_the_same_whichever_document_was_built_last(texts: list[str]) -> None:
    documents = [document.build_document(text, f"d{index}") for index, text in enumerate(texts)]
    for built in [*documents, *reversed(documents)]:
        plain = document.normalize(built.text)
        noise = sorted((f.span for f in built.furniture if f.kind in document.NOISE), key=lambda s: s.start)
        expected, position = [], 0
        for span in noise:
            if span.start >= position:
                expected += [plain[position : span.start], "\n" * (span.end - span.start)]
                position = span.end
        assert document.analysis_text(built) == "".join([*expected, plain[position:]])


_ONE_PATTERN = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[»\"”)]*[ \n]+)")


def _one_pattern_sentences(text: str) -> list[tuple[int, int]]:
    """``document.sentences`` when it found punctuation and line breaks with one pattern."""
    result: list[tuple[int, int]] = []
    start = 0
    for match in _ONE_PATTERN.finditer(text):
        stop, end = match.span()
        if end - stop > 1 and (
            text[end : end + 1].islower()
            or (
                (stop < 5 or not text[stop - 5 : stop].isalpha())
                and document._ABBREVIATION().search(text, max(0, stop - 5), stop)
            )
        ):
            continue
        document._add_sentence(text, start, end, result)
        start = end
    document._add_sentence(text, start, len(text), result)
    return result


_SENTENCE_PIECES = [
    *'. \n\t\u00a0»)"”',
    "  ",
    "\n\n",
    ". \n ",
    ".\n",
    "M",
    "a",
    "Abc",
    "abcdef",
    "U.S.",
    "déc.",
    "M. X",
]


@given(
    st.one_of(
        st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=80).map("".join),
        st.lists(st.sampled_from([*_SENTENCE_PIECES, "!", "?", "…", "?!"]), max_size=80).map("".join),
        st.lists(st.sampled_from([*_SENTENCE_PIECES, "x" * 1600]), max_size=12).map("".join),
    )
)
def test_sentences_are_those_of_the_one_pattern(text: str) -> None:
    assert document.sentences(text) == _one_pattern_sentences(text)


@settings(max_examples=300)
@given(
    st.lists(st.text(alphabet="ab .", min_size=1, max_size=12), min_size=9, max_size=30),
    st.data(),
    st.sampled_from([0, 64]),
)
def test_heads_found_elsewhere_are_those_of_the_plain_join(paragraphs, data, few):
    """Many heads (searched one by one, or in one pass when there are more than ``few``
    different ones) give what the plain join of the other paragraphs gives."""
    from nato_iraq.document import _heads_elsewhere

    document._FEW_HEADS, saved = few, document._FEW_HEADS  # no fixture: hypothesis reruns the body

    chosen = data.draw(st.lists(st.integers(0, len(paragraphs) - 1), unique=True, min_size=9, max_size=30))
    heads = {i: paragraphs[i][: data.draw(st.integers(1, 4))] for i in chosen}
    plain = {i for i, head in heads.items() if head and head in " ".join(paragraphs[:i] + paragraphs[i + 1 :])}
    try:
        assert _heads_elsewhere(paragraphs, heads) == plain
    finally:
        document._FEW_HEADS = saved


@given(st.lists(st.integers(0, 60), max_size=20), st.integers(0, 70), st.integers(0, 10))
def test_within_is_containment_in_any_of_disjoint_spans(cuts, start, width):
    points = sorted(set(cuts))
    spans = list(zip(points[::2], points[1::2], strict=False))  # disjoint, in order
    end = start + width
    assert document._within(spans, start, end) == any(s <= start and end <= e for s, e in spans)
