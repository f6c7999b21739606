# pyright: strict, reportUnnecessaryTypeIgnoreComment=true
"""The public API as a type checker sees it.

``mypy --strict tests/typing/usage.py`` must accept this file: every assignment below states the
type a user may rely on. Lines marked ``# type: ignore[...]`` are *negative* checks: each must be
an error, and strict mode reports an ignore that is not needed (``warn_unused_ignores``) -- so if
a function started returning ``Any``, which fits any annotation, the check fails.

The file also runs (``python tests/typing/usage.py``; ``tests/test_docs.py`` runs it), so the
annotations are checked against real values too.
"""

import datetime
import json
import tempfile
from pathlib import Path

from hypothesis.strategies import SearchStrategy

import nato_iraq
from nato_iraq import (
    Announcement,
    Corpus,
    DateRange,
    Decision,
    DecisionStatus,
    Document,
    LoadProblem,
    Mission,
    NotFoundError,
    Official,
    PartialDate,
    Precision,
    Quote,
    ScopeReport,
    Span,
    StrengthReport,
    TimelineEvent,
    TimeValue,
)
from nato_iraq import strategies as nst
from nato_iraq.schema import JSONValue, corpus_schema


def load_and_look_up() -> None:
    corpus: Corpus = nato_iraq.load()
    documents: tuple[Document, ...] = corpus.documents
    first: Document = corpus.document(documents[0].id)
    text: str = first.text

    maybe: Official | None = corpus.get_official("Stoltenberg")
    with_default: Official | str = corpus.get_official("Personne", "nobody")
    official: Official = corpus.lookup_official("Stoltenberg")
    ranked: list[Official] = corpus.search_officials("stolt")
    anything: list[Official | Mission] = corpus.search("mission")
    mission: Mission = corpus.lookup_mission("NMI")
    no_mission: Mission | None = corpus.get_mission("KFOR")
    assert maybe is official
    assert with_default == "nobody"
    assert ranked
    assert anything
    assert no_mission is None

    decisions: tuple[Decision, ...] = corpus.decisions_for(mission)
    status: DecisionStatus = decisions[0].status
    statements: tuple[Announcement, ...] = corpus.announcements_by(official)
    quotes: tuple[Quote, ...] = corpus.quotes_by("Stoltenberg")
    strength: tuple[StrengthReport, ...] = corpus.strength_of("nmi")
    scope: tuple[ScopeReport, ...] = corpus.scope_of(mission)
    size: int | None = strength[0].value
    institutions: tuple[str, ...] = scope[0].institutions
    assert status in DecisionStatus
    assert statements
    assert size
    assert institutions

    span: Span = quotes[0].span
    cited: str = corpus.document(span.doc_id).text[span.start : span.end]
    assert cited == span.text == quotes[0].text
    assert text

    try:
        corpus.lookup_official("Personne Inconnue")
    except NotFoundError as error:
        as_lookup_error: LookupError = error
        assert as_lookup_error

    # negative checks: these must be type errors
    wrong_official: Mission = corpus.lookup_official("Stoltenberg")  # type: ignore[assignment]
    wrong_default: Official = corpus.get_official("Stoltenberg")  # type: ignore[assignment]
    del wrong_official, wrong_default


def timeline_and_dates() -> None:
    events: tuple[TimelineEvent, ...] = nato_iraq.load().timeline()
    value: TimeValue = events[0].date
    iso: str = value.iso()
    earliest: datetime.date = value.earliest()
    latest: datetime.date = value.latest()
    assert earliest <= latest
    assert iso

    day = PartialDate(2014, 12, 3)
    precision: Precision = day.precision
    exact: datetime.date = day.as_date()
    workshop = DateRange(PartialDate(2017, 7, 31), PartialDate(2017, 8, 3))
    inside: bool = day in workshop
    assert precision is Precision.DAY
    assert exact == datetime.date(2014, 12, 3)
    assert not inside

    wrong_iso: int = value.iso()  # type: ignore[assignment]
    del wrong_iso


def json_round_trip() -> None:
    corpus = nato_iraq.load()
    text: str = nato_iraq.to_json(corpus, indent=2)
    back: Corpus = nato_iraq.from_json(text, Corpus)
    date: PartialDate = nato_iraq.from_json('"2023-08"', PartialDate)
    report: StrengthReport = nato_iraq.from_dict(
        nato_iraq.to_dict(corpus.lookup_mission("NMI").strength[0]), StrengthReport
    )
    assert back == corpus
    assert date == PartialDate(2023, 8)
    assert report

    wrong_class: Mission = nato_iraq.from_json(text, Corpus)  # type: ignore[assignment]
    del wrong_class

    schema: dict[str, JSONValue] = corpus_schema()
    assert json.loads(json.dumps(schema)) == schema


def load_your_own() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "a.txt")
        path.write_text("Le secrétaire général de l'Otan, Jens Stoltenberg, a annoncé jeudi 4 mars 2021 ...")
        corpus: Corpus = nato_iraq.load(path)
        collected: Corpus = nato_iraq.load(folder, errors="collect", encoding="utf-8", workers=1)
        problems: tuple[LoadProblem, ...] = collected.problems
        assert corpus.documents
        assert not problems
    one: Corpus = nato_iraq.parse("Les alliés ont décidé d'élargir la mission.", doc_id="x")
    merged: Corpus = one.merge(corpus)
    assert len(merged.documents) == 2
    many: Corpus = nato_iraq.parse_all({"a": "L'Otan a parlé jeudi.", "b": " "}, errors="collect")
    pairs: Corpus = nato_iraq.parse_all([("c", "The Allies agreed on Thursday.")], language="en")
    assert len(many.problems) == 1
    assert len(pairs.documents) == 1


def not_called() -> None:
    """Calls the type checker must refuse (never run)."""
    nato_iraq.load("articles/", errors="ignore")  # type: ignore[arg-type]
    nato_iraq.parse(b"bytes are not text")  # type: ignore[arg-type]
    nato_iraq.parse_all("a string is not (id, text) pairs")  # type: ignore[arg-type]
    nato_iraq.load().lookup_official(42)  # type: ignore[arg-type]


def strategies() -> None:
    corpora: SearchStrategy[Corpus] = nst.corpora()
    missions: SearchStrategy[Mission] = nst.missions()
    values: SearchStrategy[TimeValue] = nst.time_values()
    assert isinstance(corpora, SearchStrategy)
    assert isinstance(missions, SearchStrategy)
    assert isinstance(values, SearchStrategy)


if __name__ == "__main__":
    load_and_look_up()
    timeline_and_dates()
    json_round_trip()
    strategies()
    load_your_own()
    print("ok")
