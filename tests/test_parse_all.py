"""``parse_all``: many texts to one corpus, equal to merging ``parse`` of each, read lazily."""

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nato_iraq
from nato_iraq import Corpus, EmptyDocumentError, SourceError, UnsupportedLanguageError
from nato_iraq.loading import seed_texts
from nato_iraq.resolve import BATCH

ENGLISH = "NATO Secretary General Jens Stoltenberg said on Thursday 14 February 2018 the mission would grow."
SPANISH = "El secretario general de la OTAN dijo el jueves que la misión en Irak crecería con los aliados."


def _texts() -> list[tuple[str, str]]:
    """Seeds, the eval texts and an English one, in copies with their own ids: several batches."""
    root = Path(__file__).resolve().parents[1] / "benchmarks" / "eval" / "texts"
    own = [*seed_texts(), *((p.stem, p.read_text(encoding="utf-8")) for p in sorted(root.glob("*.txt")))]
    own.append(("en", ENGLISH))
    texts = [(f"{doc_id}-{copy}", text) for copy in range(8) for doc_id, text in own]
    assert len(texts) > 2 * BATCH
    return texts


def _one_by_one(texts: list[tuple[str, str]]) -> Corpus:
    return Corpus().merge(*(nato_iraq.parse(text, doc_id) for doc_id, text in texts))


def test_equals_merging_parse_of_each_text() -> None:
    texts = _texts()
    expected = _one_by_one(texts)
    for shape in (texts, dict(texts), iter(texts), (pair for pair in texts)):
        corpus = nato_iraq.parse_all(shape)
        assert corpus == expected
        assert nato_iraq.to_json(corpus) == nato_iraq.to_json(expected)
    assert [d.id for d in expected.documents] == sorted(doc_id for doc_id, _ in texts)


def test_lists_as_pairs_and_no_texts() -> None:
    assert nato_iraq.parse_all([["a", ENGLISH]]) == nato_iraq.parse(ENGLISH, "a")
    assert nato_iraq.parse_all([]) == Corpus()
    assert nato_iraq.parse_all({}) == Corpus()


def test_language_applies_to_every_text() -> None:
    corpus = nato_iraq.parse_all([("en", ENGLISH)], language="fr")
    assert corpus == nato_iraq.parse(ENGLISH, "en", language="fr")
    assert corpus.documents[0].language == "fr"


def _counted(texts: list[tuple[str, str]], pulled: list[str]) -> Iterator[tuple[str, str]]:
    for pair in texts:
        pulled.append(pair[0])
        yield pair


def test_raise_mode_stops_at_the_first_bad_text_and_keeps_what_came_before() -> None:
    texts = _texts()
    bad = BATCH + 3  # in the second batch, after good texts of its own batch
    texts.insert(bad, ("blank", " \n\t "))
    pulled: list[str] = []
    with pytest.raises(EmptyDocumentError, match=r"^blank: holds no text") as caught:
        nato_iraq.parse_all(_counted(texts, pulled))
    assert caught.value.path == "blank"
    loaded = caught.value.loaded
    assert loaded is not None
    assert loaded == _one_by_one(texts[:bad])
    assert len(pulled) <= 2 * BATCH  # the input is read one batch ahead, not whole


def test_collect_mode_parses_every_good_text_and_lists_the_bad_ones() -> None:
    texts = _texts()[: BATCH + 5]
    bad = [(3, ("blank", "   ")), (10, ("es", SPANISH)), (BATCH + 2, (texts[0][0], "Un autre texte, même id."))]
    mixed = list(texts)
    for index, pair in bad:
        mixed.insert(index, pair)
    corpus = nato_iraq.parse_all(mixed, errors="collect")
    assert [(p.path, p.error) for p in corpus.problems] == [  # a corpus lists problems by path
        (texts[0][0], "SourceError"),
        ("blank", "EmptyDocumentError"),
        ("es", "UnsupportedLanguageError"),
    ]
    assert all(p.line is None and p.message.startswith(p.path + ": ") for p in corpus.problems)
    assert corpus.problems[0].message.endswith("is a document id given twice (ids must be unique)")
    assert corpus.documents == _one_by_one(texts).documents
    assert Corpus._of_parts([corpus]) == _one_by_one(texts)  # the facts, without the problems


def test_an_id_given_twice_raises_naming_it() -> None:
    with pytest.raises(SourceError, match=r"^a: is a document id given twice") as caught:
        nato_iraq.parse_all([("a", ENGLISH), ("b", ENGLISH), ("a", ENGLISH)])
    assert caught.value.loaded == nato_iraq.parse_all([("a", ENGLISH), ("b", ENGLISH)])


def test_another_language_raises_like_parse() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"^es: is in a language") as caught:
        nato_iraq.parse_all({"en": ENGLISH, "es": SPANISH})
    assert caught.value.loaded == nato_iraq.parse(ENGLISH, "en")


@pytest.mark.parametrize(
    ("texts", "shown"),
    [
        ("Le secrétaire général", "not a str"),
        (b"bytes", "not a bytes"),
        ([("a", ENGLISH, "extra")], "pairs of str, not \\('a'"),
        ([("a", b"bytes")], "pairs of str"),
        ([(1, ENGLISH)], "pairs of str, not \\(1, "),
        ([ENGLISH], "pairs of str, not 'NATO Secretary General Jens Stoltenberg said on Thursday\\.\\.\\.$"),
    ],
)
def test_what_is_not_id_text_pairs_is_a_type_error(texts: object, shown: str) -> None:
    with pytest.raises(TypeError, match=shown):
        nato_iraq.parse_all(texts)  # type: ignore[arg-type]


def test_an_unexpected_error_propagates_naming_the_text(extractor_bug: str) -> None:
    # texts are analysed in batches; a bug in an extractor must still name the text it met
    with pytest.raises(RuntimeError, match="extractor bug") as caught:
        nato_iraq.parse_all({"a": ENGLISH, extractor_bug: ENGLISH, "c": ENGLISH}, errors="collect")
    if sys.version_info >= (3, 11):
        assert caught.value.__notes__ == [f"while parsing text {extractor_bug!r}"]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        nato_iraq.parse_all([], errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(UnsupportedLanguageError, match="'xx'"):
        nato_iraq.parse_all([("a", ENGLISH)], language="xx")


# --- any texts, any batch sizes: the same corpus as parsing each text alone ------------------------

_WINDOWS = st.sampled_from([text for _, text in seed_texts()]).flatmap(
    lambda text: st.tuples(st.integers(0, len(text)), st.integers(40, 3000)).map(
        lambda cut: text[cut[0] : cut[0] + cut[1]]
    )
)


@given(
    texts=st.lists(st.one_of(_WINDOWS, st.just(" "), st.just(ENGLISH), st.just(SPANISH)), max_size=12),
    batch=st.integers(1, 5),
    batch_chars=st.integers(1, 6000),
)
def test_any_texts_in_any_batches_give_the_corpus_of_each_parsed_alone(
    texts: list[str], batch: int, batch_chars: int
) -> None:
    # seed windows (a cut may fall anywhere), blank and refused texts, batches of every size:
    # the per-document caches shared by a batch's texts must never leak one text into another
    from nato_iraq import resolve

    pairs = [(f"t{index}", text) for index, text in enumerate(texts)]
    alone, problems = [], []
    for doc_id, text in pairs:
        try:
            alone.append(nato_iraq.parse(text, doc_id))
        except nato_iraq.NatoIraqError as error:
            problems.append((doc_id, type(error).__name__))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(resolve, "BATCH", batch)
        patch.setattr(resolve, "BATCH_CHARS", batch_chars)
        corpus = nato_iraq.parse_all(pairs, errors="collect")
    assert [(p.path, p.error) for p in corpus.problems] == sorted(problems)
    assert Corpus._of_parts([corpus]) == Corpus().merge(*alone)
