"""Hypothesis strategies for every public nato_iraq type, valid by construction.

Use them in your own property tests (install ``nato_iraq[hypothesis]``)::

    from hypothesis import given
    from nato_iraq import strategies as nst

    @given(nst.corpora())
    def test_my_export(corpus): ...

Spans are always cut from a generated document, so the provenance invariant
``document.text[span.start:span.end] == span.text`` holds; a generated :class:`~nato_iraq.Corpus`
only refers to officials, missions and decisions it holds. With the ``hypothesis`` entry point,
``st.from_type(nato_iraq.Mission)`` and friends use these strategies too.

This module imports Hypothesis; the rest of the library never does.
"""

import calendar
import string

import attrs
from hypothesis import strategies as st

from .corpus import Corpus
from .dates import DateRange, PartialDate, RangeKind, TimeValue
from .document import DateBasis, Document, DocumentDate, Furniture, FurnitureKind, Span
from .model import (
    Announcement,
    Approximation,
    Decision,
    DecisionStatus,
    FigureRole,
    LoadProblem,
    Mission,
    Official,
    PersonnelFigure,
    Quote,
    Role,
    ScopeReport,
    StrengthReport,
    TemporalExpression,
    TimexKind,
)

__all__ = [
    "announcements",
    "corpora",
    "date_ranges",
    "decisions",
    "document_dates",
    "documents",
    "missions",
    "officials",
    "partial_dates",
    "personnel_figures",
    "quotes",
    "roles",
    "spans",
    "temporal_expressions",
    "time_values",
]

_WORDS = st.text(alphabet=string.ascii_letters + "éèàçôÉ'-", min_size=1, max_size=12)
_NAMES = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)
_IDS = st.text(alphabet=string.ascii_lowercase + string.digits + "-_", min_size=1, max_size=16)


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = 1990, max_year: int = 2040) -> PartialDate:
    """Partial dates at every precision between *min_year* and *max_year*."""
    year = draw(st.integers(min_year, max_year))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return PartialDate(year)
    day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """Ranges whose start does not come after their end, of either kind."""
    first = draw(partial_dates())
    second = draw(partial_dates())
    start, end = sorted((first, second), key=lambda d: (d.earliest(), d.latest()))
    return DateRange(start, end, draw(st.sampled_from(RangeKind)))


def time_values() -> st.SearchStrategy[TimeValue]:
    """Partial dates and ranges."""
    return st.one_of(partial_dates(), date_ranges())


_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("\n «»’"),
    min_size=1,
    max_size=200,
)


@st.composite
def documents(draw: st.DrawFn, doc_id: str | None = None) -> Document:
    """Documents with arbitrary text and consistent title, date and furniture spans."""
    identifier = doc_id if doc_id is not None else draw(_IDS)
    text = draw(_TEXT)

    def cut() -> Span:
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        return Span(identifier, start, end, text[start:end])

    title = cut() if draw(st.booleans()) else None
    date = None
    if draw(st.booleans()):
        evidence = cut() if draw(st.booleans()) else None
        date = DocumentDate(draw(time_values()), draw(st.sampled_from(DateBasis)), evidence)
    furniture = tuple(Furniture(draw(st.sampled_from(FurnitureKind)), cut()) for _ in range(draw(st.integers(0, 2))))
    return Document(
        id=identifier,
        text=text,
        language=draw(st.sampled_from(["fr", "en"])),
        title=title,
        date=date,
        publisher=draw(st.none() | _NAMES),
        furniture=furniture,
        source=draw(st.none() | st.just("articles/a.txt")),
    )


@st.composite
def spans(draw: st.DrawFn, document: Document | None = None) -> Span:
    """A span of *document* (or of a generated one)."""
    doc = document if document is not None else draw(documents())
    start = draw(st.integers(0, len(doc.text)))
    end = draw(st.integers(start, len(doc.text)))
    return doc.span(start, end)


def document_dates() -> st.SearchStrategy[DocumentDate]:
    """Document dates of every basis (without evidence)."""
    return st.builds(DocumentDate, time_values(), st.sampled_from(DateBasis), st.none())


def roles(document: Document | None = None) -> st.SearchStrategy[Role]:
    """Roles with evidence from *document*, or without evidence."""
    evidence = st.lists(spans(document), max_size=2).map(tuple) if document is not None else st.just(())
    return st.builds(
        Role,
        title=_NAMES,
        organisation=st.none() | st.sampled_from(["NATO", "UN", "EU"]),
        country=st.none() | st.sampled_from(["Iraq", "United States", "Belgium"]),
        office=st.none() | _IDS,
        evidence=evidence,
    )


def officials(document: Document | None = None) -> st.SearchStrategy[Official]:
    """Officials; their evidence comes from *document* when one is given."""
    doc = st.just(document) if document is not None else documents()
    return doc.flatmap(
        lambda d: st.builds(
            Official,
            id=_IDS,
            name=_NAMES,
            surface_forms=st.lists(_NAMES, max_size=3).map(tuple),
            roles=st.lists(roles(d), max_size=2).map(tuple),
            evidence=st.lists(spans(d), max_size=3).map(tuple),
        )
    )


def quotes(
    document: Document | None = None, speaker_ids: st.SearchStrategy[str | None] | None = None
) -> st.SearchStrategy[Quote]:
    """Quotes cut from *document*."""
    doc = st.just(document) if document is not None else documents()
    ids = speaker_ids if speaker_ids is not None else st.none() | _IDS
    return doc.flatmap(
        lambda d: st.builds(
            Quote, span=spans(d), speaker_id=ids, speaker=st.none() | _NAMES, attribution=st.none() | spans(d)
        )
    )


def temporal_expressions(document: Document | None = None) -> st.SearchStrategy[TemporalExpression]:
    """Temporal expressions cut from *document*."""
    doc = st.just(document) if document is not None else documents()
    return doc.flatmap(
        lambda d: st.builds(
            TemporalExpression,
            span=spans(d),
            kind=st.sampled_from(TimexKind),
            value=st.none() | time_values(),
            anchored=st.booleans(),
        )
    )


@st.composite
def personnel_figures(
    draw: st.DrawFn, document: Document | None = None, mission_ids: tuple[str, ...] = ()
) -> PersonnelFigure:
    """Personnel figures cut from *document*; a vague one has no value."""
    doc = document if document is not None else draw(documents())
    approximation = draw(st.sampled_from(Approximation))
    value = None if approximation is Approximation.VAGUE else draw(st.integers(0, 200_000))
    mission = draw(st.none() | st.sampled_from(mission_ids)) if mission_ids else None
    return PersonnelFigure(
        span=draw(spans(doc)),
        value=value,
        approximation=approximation,
        unit=draw(st.sampled_from(["personnes", "militaires", "soldats", "formateurs"])),
        role=draw(st.sampled_from(FigureRole)),
        mission_id=mission,
    )


@st.composite
def missions(draw: st.DrawFn, document: Document | None = None, mission_id: str | None = None) -> Mission:
    """Missions with strength and scope reports cut from *document*."""
    doc = document if document is not None else draw(documents())
    strength = draw(
        st.lists(
            st.builds(
                StrengthReport,
                value=st.none() | st.integers(0, 200_000),
                approximation=st.sampled_from(Approximation),
                role=st.sampled_from(FigureRole),
                date=st.none() | time_values(),
                evidence=spans(doc),
            ),
            max_size=3,
        )
    )
    scope = draw(
        st.lists(
            st.builds(
                ScopeReport,
                institutions=st.lists(_NAMES, max_size=3).map(tuple),
                added=st.booleans(),
                date=st.none() | time_values(),
                evidence=spans(doc),
            ),
            max_size=2,
        )
    )
    return Mission(
        id=mission_id if mission_id is not None else draw(_IDS),
        name=draw(_NAMES),
        acronym=draw(st.none() | st.text(alphabet=string.ascii_uppercase + "-", min_size=2, max_size=6)),
        aliases=tuple(draw(st.lists(_NAMES, max_size=3))),
        host_country=draw(st.none() | st.sampled_from(["Iraq", "Afghanistan"])),
        purpose=draw(st.none() | _NAMES),
        strength=tuple(strength),
        scope=tuple(scope),
        evidence=tuple(draw(st.lists(spans(doc), max_size=3))),
    )


@st.composite
def decisions(draw: st.DrawFn, document: Document | None = None, mission_ids: tuple[str, ...] = ()) -> Decision:
    """Decisions cut from *document*, about one of *mission_ids* (or none)."""
    doc = document if document is not None else draw(documents())
    return Decision(
        id=draw(_IDS),
        status=draw(st.sampled_from(DecisionStatus)),
        summary=draw(_NAMES),
        body=draw(st.none() | st.sampled_from(["Conseil de l'Atlantique Nord", "ministres de la Défense"])),
        mission_id=draw(st.none() | st.sampled_from(mission_ids)) if mission_ids else None,
        date=draw(st.none() | time_values()),
        cue=draw(st.none() | spans(doc)),
        evidence=tuple(draw(st.lists(spans(doc), min_size=1, max_size=2))),
    )


@st.composite
def announcements(
    draw: st.DrawFn,
    document: Document | None = None,
    official_ids: tuple[str, ...] = (),
    mission_ids: tuple[str, ...] = (),
    decision_ids: tuple[str, ...] = (),
) -> Announcement:
    """Announcements cut from *document* whose references are drawn from the given ids."""
    doc = document if document is not None else draw(documents())

    def some(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(draw(st.lists(st.sampled_from(ids), max_size=2, unique=True))) if ids else ()

    speaker = draw(st.none() | st.sampled_from(official_ids)) if official_ids else None
    return Announcement(
        id=draw(_IDS),
        speaker_id=speaker,
        speaker=draw(st.none() | _NAMES),
        date=draw(st.none() | time_values()),
        decision_ids=some(decision_ids),
        mission_ids=some(mission_ids),
        official_ids=some(official_ids),
        quotes=tuple(draw(st.lists(quotes(doc, st.just(speaker)), max_size=2))),
        cue=draw(st.none() | spans(doc)),
        evidence=tuple(draw(st.lists(spans(doc), min_size=1, max_size=2))),
    )


@st.composite
def corpora(draw: st.DrawFn, max_documents: int = 3) -> Corpus:
    """Corpora whose facts cite their own documents and refer only to records they hold."""
    count = draw(st.integers(0, max_documents))
    docs = [draw(documents(doc_id=f"doc-{i}")) for i in range(count)]
    if not docs:
        return Corpus()
    people = []
    for index in range(draw(st.integers(0, 3))):
        person = draw(officials(draw(st.sampled_from(docs))))
        people.append(attrs.evolve(person, id=f"official-{index}"))
    mission_list = [
        draw(missions(draw(st.sampled_from(docs)), mission_id=f"mission-{i}")) for i in range(draw(st.integers(0, 2)))
    ]
    mission_ids = tuple(m.id for m in mission_list)
    decision_list = [draw(decisions(draw(st.sampled_from(docs)), mission_ids)) for _ in range(draw(st.integers(0, 2)))]
    decision_list = [attrs.evolve(d, id=f"decision-{i}") for i, d in enumerate(decision_list)]
    official_ids = tuple(o.id for o in people)
    decision_ids = tuple(d.id for d in decision_list)
    announcement_list = [
        draw(announcements(draw(st.sampled_from(docs)), official_ids, mission_ids, decision_ids))
        for _ in range(draw(st.integers(0, 2)))
    ]
    return Corpus(
        documents=tuple(docs),
        officials=tuple(people),
        missions=tuple(mission_list),
        decisions=tuple(decision_list),
        announcements=tuple(attrs.evolve(a, id=f"announcement-{i}") for i, a in enumerate(announcement_list)),
        temporal_expressions=tuple(draw(st.lists(temporal_expressions(draw(st.sampled_from(docs))), max_size=3))),
        figures=tuple(draw(st.lists(personnel_figures(draw(st.sampled_from(docs)), mission_ids), max_size=3))),
        problems=tuple(
            draw(
                st.lists(
                    st.builds(
                        LoadProblem,
                        path=st.just("bad.txt"),
                        error=st.just("DecodeError"),
                        message=_NAMES,
                        line=st.none() | st.integers(1, 99),
                    ),
                    max_size=1,
                )
            )
        ),
    )
