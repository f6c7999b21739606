"""The second round of fast paths in ``document.py`` gives what the code it replaced gave.

Each test compares a function with the code it replaced (kept here as the reference), on texts
built from what those paths treat specially: long lines cut off with ``...`` or repeated, white
space of every kind, header lines, characters outside Latin-1.
"""

import re
import sys

from hypothesis import given
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
    lines = list(document._PARAGRAPH.finditer(folded))
    assert document._teasers(folded, body_start) == _old_teasers(folded, lines, body_start)


@given(TEXTS, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=3))
def test_title_is_the_old_title(text: str, spans: list[tuple[int, int]]) -> None:
    folded = document.normalize(text)
    covered = [(start, start + length) for start, length in spans]
    lines = list(document._PARAGRAPH.finditer(folded))
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
