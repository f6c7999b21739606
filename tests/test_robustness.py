"""Adversarial text: pathological inputs finish quickly and every span they give is sound.

The strategies build texts out of what stresses rule-based extractors -- runs of capitals,
piles of apostrophes, digits with every separator, quotation marks that never close, a title or a
reporting clause repeated without end, ``M. M. M.``, very long hyphenated tokens -- mixed with
ordinary article words. ``benchmarks/adversarial.py`` measures the same families at 10 KB to
10 MB for linear scaling; this module checks correctness on many small mixtures.
"""

import time
from collections.abc import Iterator

import attrs
from hypothesis import given
from hypothesis import strategies as st

import nato_iraq
from nato_iraq import Corpus, NatoIraqError, Span

#: A generous ceiling: catastrophic backtracking takes minutes, a linear parse of 60 KB < 1 s.
SECONDS_PER_EXAMPLE = 10.0

#: Every place a corpus holds spans; the walker below must visit each on the seed corpus.
SPAN_FIELDS = {
    "corpus.documents[].title",
    "corpus.documents[].date.evidence",
    "corpus.documents[].furniture[].span",
    "corpus.officials[].evidence[]",
    "corpus.officials[].roles[].evidence[]",
    "corpus.missions[].evidence[]",
    "corpus.missions[].strength[].evidence",
    "corpus.missions[].scope[].evidence",
    "corpus.decisions[].cue",
    "corpus.decisions[].evidence[]",
    "corpus.announcements[].cue",
    "corpus.announcements[].evidence[]",
    "corpus.announcements[].quotes[].span",
    "corpus.announcements[].quotes[].attribution",
    "corpus.temporal_expressions[].span",
    "corpus.figures[].span",
}


def walk_spans(value: object, where: str = "corpus") -> Iterator[tuple[str, Span]]:
    """Every :class:`Span` reachable from *value* through attrs fields and tuples, with its field path."""
    if isinstance(value, Span):
        yield where, value
    elif isinstance(value, tuple):
        for item in value:
            yield from walk_spans(item, where + "[]")
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if not field.name.startswith("_"):
                yield from walk_spans(getattr(value, field.name), f"{where}.{field.name}")


def assert_spans_sound(corpus: Corpus) -> None:
    """The span invariant, for every span of every fact: offsets in range, text the slice."""
    texts = {d.id: d.text for d in corpus.documents}
    for where, span in walk_spans(corpus):
        text = texts[span.doc_id]
        assert 0 <= span.start <= span.end <= len(text), (where, span)
        assert text[span.start : span.end] == span.text, (where, span)


def test_the_walker_reaches_every_kind_of_span():
    assert {where for where, _ in walk_spans(nato_iraq.load())} == SPAN_FIELDS


# --- pathological pieces ----------------------------------------------------------------------------

WORDS = [
    "l'OTAN",
    "l’Otan",
    "Irak",
    "Bagdad",
    "Jens",
    "Stoltenberg",
    "a annoncé",
    "jeudi",
    "12 février 2018",
    "formateurs",
    "mission",
    "NMI",
    "ministres",
    "ont décidé",
    "de",
    "la",
    "qu'il",
]

capitals = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZÉÈÀÇ -.", min_size=1, max_size=400)
apostrophes = st.text(alphabet="l'’dquaj ", min_size=1, max_size=400)
digits = st.text(alphabet="0123456789 \u00a0\u202f.,%", min_size=1, max_size=400)
unclosed_quotes = st.lists(
    st.tuples(st.sampled_from(["« ", '"', "“", "‘", "‹ ", "»", "”"]), st.sampled_from(WORDS)), min_size=1, max_size=80
).map(lambda pairs: " ".join(mark + word for mark, word in pairs))
repeated_titles = st.tuples(
    st.sampled_from(["le secrétaire général ", "le premier ministre iraquien ", "le général "]), st.integers(1, 150)
).map(lambda item: item[0] * item[1])
reporting_clauses = st.tuples(
    st.sampled_from(['", a dit "', "», a déclaré «", ", a-t-il ajouté, ", " a annoncé que "]), st.integers(1, 150)
).map(lambda item: item[0] * item[1])
honorifics = st.lists(st.sampled_from(["M. ", "M.", "Mme ", "MM. ", "Dr "]), min_size=1, max_size=300).map("".join)
hyphenated = st.lists(
    st.sampled_from(["al", "Abadi", "OTAN", "Irak", "t", "il", "2018", "sud"]), min_size=2, max_size=400
).map("-".join)
prose = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)

pathological = st.lists(
    st.tuples(
        st.one_of(
            capitals,
            apostrophes,
            digits,
            unclosed_quotes,
            repeated_titles,
            reporting_clauses,
            honorifics,
            hyphenated,
            prose,
        ),
        st.sampled_from([" ", "\n", ". ", ", ", "", "\n\n", " : "]),
    ),
    min_size=1,
    max_size=25,
).map(lambda parts: "".join(piece + separator for piece, separator in parts))


def parse_or_refuse(text: str) -> Corpus | None:
    """Parse *text*; a :class:`NatoIraqError` (blank text) is an allowed answer, anything else fails."""
    try:
        return nato_iraq.parse(text, "adverse")
    except NatoIraqError:
        return None


@given(pathological)
def test_pathological_text_finishes_and_spans_are_sound(text):
    start = time.perf_counter()
    corpus = parse_or_refuse(text)
    elapsed = time.perf_counter() - start
    assert elapsed < SECONDS_PER_EXAMPLE, f"{elapsed:.1f} s for {len(text)} characters"
    if corpus is not None:
        assert_spans_sound(corpus)
        assert corpus.documents[0].text == text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


@given(
    st.sampled_from(["A", "'", "1 ", "« ", "M. ", "-x", "le secrétaire général ", '", a dit "']), st.integers(1, 20_000)
)
def test_a_single_pattern_repeated_is_parsed(unit, count):
    corpus = parse_or_refuse(unit * count)
    if corpus is not None:
        assert_spans_sound(corpus)


def test_parsing_a_long_text_keeps_no_copy_of_it_once_done():
    # the extractors share views of a text (several copies of it) while they read it; once the
    # document is analysed those must go, or a 200 MB dump would stay in memory several times
    import gc
    import sys
    import tracemalloc

    from nato_iraq.loading import seed_texts

    text = "\n\n".join(t for _, t in seed_texts()) * 40
    nato_iraq.parse("Échauffement : le secrétaire général a parlé jeudi.", "warm-up")
    gc.collect()
    tracemalloc.start()
    corpus = nato_iraq.parse(text, "long")
    assert corpus.documents[0].text == text
    del corpus
    gc.collect()
    retained, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert retained < 0.5 * (sys.getsizeof(text) - sys.getsizeof(""))
