"""Fuzzing: arbitrary and mutated texts never crash the library, and what it returns is sound.

The regular run uses the default Hypothesis profile (a few dozen examples per test); the long
run is ``HYPOTHESIS_PROFILE=fuzz pytest tests/test_fuzz.py`` (see ``tests/conftest.py``).

Three properties, for every input:

* :func:`nato_iraq.parse` raises nothing but a :class:`~nato_iraq.NatoIraqError`;
* every span of every fact (officials and their roles, quotes, decisions, announcements, time
  expressions, figures, missions and their strength and scope reports, document furniture, title
  and date) satisfies ``document.text[span.start:span.end] == span.text``;
* the corpus survives ``from_json(to_json(corpus))`` unchanged.
"""

from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nato_iraq
from nato_iraq import Corpus, NatoIraqError, SourceError, Span, UnsupportedLanguageError
from nato_iraq.loading import decode, seed_texts

SEEDS = [text for _, text in seed_texts()]


def walk_spans(value: object) -> Iterator[Span]:
    """Every :class:`Span` reachable through attrs fields and tuples (as in test_robustness)."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from walk_spans(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if not field.name.startswith("_"):
                yield from walk_spans(getattr(value, field.name))


def check(text: str, language: str | None = None) -> None:
    """Parse *text* and check the three properties.

    Only blank text is refused outright. Text that reads as a language the extractors do not
    read (a mutated window such as ``con con con``, which reads as Spanish) is refused with
    :class:`~nato_iraq.UnsupportedLanguageError` -- and then parsed as French anyway, so the
    extractors are fuzzed on it too.
    """
    try:
        corpus = nato_iraq.parse(text, "fuzz", language=language)
    except UnsupportedLanguageError:
        assert language is None, "a language given is read, not refused"
        assert text.strip(), "blank text is an EmptyDocumentError"
        check(text, "fr")
        return
    except NatoIraqError:
        assert not text.strip(), "only blank text may be refused"
        return
    (document,) = corpus.documents
    for span in walk_spans(corpus):
        assert span.doc_id == "fuzz"
        assert 0 <= span.start <= span.end <= len(document.text), span
        assert document.text[span.start : span.end] == span.text, span
    assert nato_iraq.from_json(nato_iraq.to_json(corpus), Corpus) == corpus


# --- arbitrary text -------------------------------------------------------------------------------------

#: Characters the extractors care about, so arbitrary text hits their rules more often.
TYPOGRAPHY = "«»“”\"'’‘ \u00a0\u202f\u2011-–—.,;:!?()[]…\n\r\t0123456789MmeOTANIrak"


@given(st.text(max_size=3000))
def test_arbitrary_unicode(text):
    check(text)


@given(st.text(alphabet=st.one_of(st.sampled_from(TYPOGRAPHY), st.characters()), max_size=3000))
def test_arbitrary_typography(text):
    check(text)


@given(st.lists(st.sampled_from(" ".join(SEEDS).split()), max_size=400).map(" ".join))
def test_seed_words_in_any_order(text):
    check(text)


# --- mutated seeds ---------------------------------------------------------------------------------------


@st.composite
def mutated_seeds(draw: st.DrawFn) -> str:
    """A seed article after a few random splices, deletions, duplications and character swaps."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["splice", "delete", "duplicate", "replace", "cut"]))
        at = draw(st.integers(0, len(text)))
        if kind == "splice":  # a slice of any seed, inserted anywhere
            donor = draw(st.sampled_from(SEEDS))
            start = draw(st.integers(0, len(donor)))
            piece = donor[start : start + draw(st.integers(0, 600))]
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(0, 400)) :]
        elif kind == "duplicate":
            piece = text[at : at + draw(st.integers(0, 400))]
            text = text[:at] + piece * draw(st.integers(2, 5)) + text[at:]
        elif kind == "replace":
            text = text[:at] + draw(st.characters()) + text[at + 1 :]
        else:  # keep a window of the text: begins and ends mid-sentence
            text = text[at : at + draw(st.integers(1, 3000))]
    return text


@given(mutated_seeds())
def test_mutated_seeds(text):
    check(text)


@given(st.lists(st.sampled_from(SEEDS), min_size=2, max_size=6).map("\n".join))
def test_seeds_concatenated(text):
    check(text)


# --- bytes -----------------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::nato_iraq.NatoIraqWarning")
@given(st.binary(max_size=2000))
def test_decode_of_arbitrary_bytes_gives_text_or_a_source_error(data):
    try:
        text = decode(data, "fuzz.bin")
    except SourceError as error:
        message = str(error)
    else:
        message = "fuzz.bin"
        assert text.strip()
        assert not any(ord(char) < 32 and char not in "\t\n\r" for char in text)
    assert message.startswith("fuzz.bin")


#: Text that survives a UTF-8 round trip unchanged: no controls, C1, BOM or separators to convert,
#: no Ã / â that could start a mojibake sequence, and something that is not blank.
CLEAN = st.characters(
    exclude_categories=["Cc", "Cs"], exclude_characters="\ufeff\u2028\u2029Ãâ", include_characters="\n\t"
)


@given(st.text(alphabet=CLEAN, min_size=1, max_size=500).filter(str.strip))
def test_clean_text_round_trips_through_utf8_and_utf16(text):
    assert decode(text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text
