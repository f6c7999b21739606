"""One text: from mentions to facts.

The extractors each find one kind of mention; this module ties them together for a single
document -- surname to full name, bare title to the person holding it, pronoun to the last person
named, quote to speaker, decision and figure to the mission the sentence is about, statement to
:class:`~nato_iraq.model.Announcement` -- and returns :class:`DocumentFacts`. Cross-text merging is
:mod:`nato_iraq.corpus`'s job. An official's id here is the slug of its name, which is what
building a corpus gives it too unless another person's name slugs alike (then the corpus adds
``-2``); so building a one-document corpus rewrites no reference in the common case. Mission ids
are final (the known-mission table's ids).
"""

import bisect
import datetime as _dt
import functools
import operator
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import TypeVar

import attrs

from . import _names
from .dates import DateRange, PartialDate, RangeKind, TimeValue
from .document import DateBasis, Document, DocumentDate, Span, forget_normalized, sentences
from .extract import _text, temporal
from .extract import decisions as decision_extractor
from .extract import figures as figure_extractor
from .extract import missions as mission_extractor
from .extract import people as people_extractor
from .extract import quotes as quote_extractor
from .extract._cache import BATCH, BATCH_CHARS
from .extract.lexicon import missions as mission_lexicon
from .extract.lexicon import offices as office_lexicon
from .extract.lexicon import resolution as resolution_lexicon
from .extract.mentions import DecisionCue, MissionMention, PersonMention, QuoteMention, ReportMention
from .model import (
    Announcement,
    Decision,
    FigureRole,
    Mission,
    Official,
    PersonnelFigure,
    Quote,
    Role,
    ScopeReport,
    StrengthReport,
    TemporalExpression,
    merge_roles,
)

__all__ = ["BATCH", "BATCH_CHARS", "DocumentFacts", "analyse", "analyse_all", "batched"]

T = TypeVar("T")

#: When lexicon.offices was last checked: the end of a term still running.
OFFICES_UPDATED = _dt.date(2026, 11, 1)


@attrs.frozen
class DocumentFacts:
    """Everything read from one document, before merging with other texts."""

    document: Document
    officials: tuple[Official, ...] = ()
    missions: tuple[Mission, ...] = ()
    decisions: tuple[Decision, ...] = ()
    announcements: tuple[Announcement, ...] = ()
    temporal_expressions: tuple[TemporalExpression, ...] = ()
    figures: tuple[PersonnelFigure, ...] = ()

    @property
    def documents(self) -> tuple[Document]:
        """The document, as a corpus lists its documents (see ``Corpus._of_parts``)."""
        return (self.document,)


def analyse(document: Document) -> DocumentFacts:
    """Run every extractor on *document* and resolve their mentions into facts."""
    return analyse_all([document])[0]


def batched(items: Iterable[T], size: Callable[[T], int], most: int | None = None) -> Iterator[list[T]]:
    """*items* in consecutive batches of at most *most* (:data:`BATCH`), each closed early once
    its items' *size* (characters) reaches :data:`BATCH_CHARS`; read lazily, one batch ahead.

    >>> [len(batch) for batch in batched(["a" * 600_000] * 3 + ["b"] * 70, len)]
    [2, 64, 7]
    """
    most = BATCH if most is None else most
    batch: list[T] = []
    held = 0
    for item in items:
        batch.append(item)
        held += size(item)
        if len(batch) >= most or held >= BATCH_CHARS:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def analyse_all(documents: Sequence[Document]) -> list[DocumentFacts]:
    """:func:`analyse` of each of *documents*, running one extractor at a time across a batch.

    The facts are exactly those of analysing each document alone. Running one extractor over a
    few texts in a row keeps its patterns and code in the processor's caches, which makes
    analysing many texts about 15 % faster than analysing them one by one (see :data:`BATCH`;
    *documents* are taken in :func:`batched` groups).
    """
    if len(documents) <= 1:
        return _analyse_batch(documents)
    found: list[DocumentFacts] = []
    for batch in batched(documents, _length):
        found += _analyse_batch(batch)
    return found


def _length(document: Document) -> int:
    return len(document.text)


def _analyse_batch(documents: Sequence[Document]) -> list[DocumentFacts]:
    """:func:`analyse_all` of one batch: every document's next step, in turn, until all are done."""
    steps = [_steps(document) for document in documents]
    results: list[DocumentFacts | None] = [None] * len(steps)
    pending = list(range(len(steps)))
    while pending:
        still = []
        for index in pending:
            try:
                next(steps[index])
            except StopIteration as done:
                results[index] = done.value
            else:
                still.append(index)
        pending = still
    for document in documents:
        _forget(document)
    return [r for r in results if r is not None]


def _forget(document: Document) -> None:
    """Drop what the extractors kept of *document* to share between them.

    Those caches exist so that several extractors read a text once; once a document is analysed
    they only hold memory -- several copies of the text, which for a long text is much more than
    the facts read from it.
    """
    _text.forget(document)
    temporal.forget(document)
    forget_normalized(document.text)


def _steps(document: Document) -> Generator[None, None, DocumentFacts]:
    """The analysis of one document, pausing between its steps -- each extractor, and each
    resolution step after it -- so that :func:`analyse_all` runs one step across a batch."""
    date = temporal.document_date(document)
    if date != document.date:
        document = attrs.evolve(document, date=date)
    yield
    timexes = temporal.find(document)
    temporal.forget(document)  # its reading (every raw match) is not read again: free it now
    context = _Context(document, timexes)
    yield
    people = people_extractor.find(document)
    yield
    officials, person_at = _officials(document, people)
    if document.date is None:
        inferred = _date_from_offices(document, officials)
        if inferred is not None:
            document = attrs.evolve(document, date=inferred)
            context.document = document
    context.person_at = _Positions(person_at)
    context.names = {o.id: o.name for o in officials}
    yield
    mission_mentions = mission_extractor.find(document)
    context.mission_at = _Positions(_mission_ids(document, mission_mentions))
    yield
    figure_mentions = figure_extractor.find(document)
    yield
    figures = tuple([_link_figure(context, f) for f in figure_mentions])
    missions = _missions(context, mission_mentions, figures)
    yield
    cues = decision_extractor.find(document)
    yield
    decisions = tuple([_decision(context, i, cue) for i, cue in enumerate(cues, 1)])
    yield
    quotes = quote_extractor.find(document)
    yield
    reports = quote_extractor.find_reports(document)
    yield
    announcements = _announcements(context, quotes, reports, decisions)
    return DocumentFacts(
        document=document,
        officials=officials,
        missions=missions,
        decisions=decisions,
        announcements=announcements,
        temporal_expressions=timexes,
        figures=figures,
    )


_CLAUSE_MARKS = (",", ";", ":", "(", ")", "«", "»", '"', "“", "”")
_CLAUSE_MARK = re.compile("[" + re.escape("".join(_CLAUSE_MARKS)) + "]")
_LAST_CLAUSE_MARK = re.compile("(?s:.*)" + _CLAUSE_MARK.pattern)
"""Up to the last clause mark (one greedy pass over a window of at most ``_CLAUSE_REACH`` characters)."""


class _Positions:
    """``(start, end, id)`` of resolved mentions in text order, and their starts to bisect."""

    __slots__ = ("items", "starts")

    def __init__(self, items: Sequence[tuple[int, int, str]] = ()) -> None:
        self.items = list(items)
        self.starts = [start for start, _, _ in self.items]

    def within(self, start: int, end: int) -> list[str]:
        """The ids of the mentions within ``start:end``, each once, in text order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        if hi - lo <= 1:  # most sentences name no mission, or one: no set to build
            return [self.items[lo][2]] if hi > lo and self.items[lo][1] <= end else []
        return list(dict.fromkeys(i for _, e, i in self.items[lo:hi] if e <= end))

    def last_before(self, offset: int) -> str | None:
        """The id of the last mention starting before *offset*."""
        index = bisect.bisect_left(self.starts, offset) - 1
        return self.items[index][2] if index >= 0 else None


@attrs.define
class _Context:
    """What resolution steps share about one document (mutable while it is being built)."""

    document: Document
    timexes: tuple[TemporalExpression, ...]
    person_at: _Positions = attrs.Factory(_Positions)
    """Every resolved person mention, with its official's id."""
    mission_at: _Positions = attrs.Factory(_Positions)
    """Every resolved mission mention, with its mission's id."""
    names: dict[str, str] = attrs.Factory(dict)
    """Official id → name."""
    _sentences: list[tuple[int, int]] | None = None
    _starts: list[int] | None = None
    _timex_starts: list[int] = attrs.field(init=False)
    _spans: dict[tuple[int, int], Span] = attrs.Factory(dict)

    @property
    def date(self) -> TimeValue | None:
        return self.document.date.value if self.document.date else None

    def sentence(self, offset: int) -> tuple[int, int]:
        if self._sentences is None or self._starts is None:
            self._sentences = sentences(self.document.text)
            self._starts = [s for s, _ in self._sentences]
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return (0, 0)
        return self._sentences[index]

    def previous_sentence(self, offset: int) -> tuple[int, int]:
        """The sentence before the one at *offset* (web copy puts each in its own paragraph).

        ``L'Otan a annoncé l'élargissement de sa mission. La décision a été prise par le CAN``:
        the decision is about the mission the sentence before names.
        """
        start, _ = self.sentence(offset)
        return self.sentence(start - 1) if start > 0 else (0, 0)

    def __attrs_post_init__(self) -> None:
        self._timex_starts = [t.span.start for t in self.timexes]

    def _timexes_in(self, start: int, end: int) -> list[TemporalExpression]:
        starts = self._timex_starts
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end, lo)
        if lo == hi:  # most clauses hold no time expression
            return []
        return [t for t in self.timexes[lo:hi] if t.span.end <= end and t.value is not None]

    def date_in(self, start: int, end: int) -> TimeValue | None:
        """The value of the first anchored or explicit time expression within ``start:end``."""
        found = self._timexes_in(start, end)
        return found[0].value if found else None

    def clause(self, span: Span) -> tuple[int, int]:
        """The clause around *span*: its sentence cut at commas, semicolons, colons, brackets,
        quotes -- and at most ``_CLAUSE_REACH`` characters either side, so a run-on "sentence"
        costs no more than a normal one."""
        start, end = self.sentence(span.start)
        start, end = max(start, span.start - _CLAUSE_REACH), min(end, span.end + _CLAUSE_REACH)
        text = self.document.text
        left = _LAST_CLAUSE_MARK.match(text, start, span.start) if start < span.start else None
        right = _CLAUSE_MARK.search(text, span.end, end)
        return (left.end() if left else start, right.start() if right else end)

    def clause_date(self, span: Span) -> TimeValue | None:
        """The value of a time expression in the same clause as *span*, nearest first."""
        # the clause is the part of this window cut at clause marks, and most windows hold no
        # time expression: then the marks need not be looked for
        start, end = self.sentence(span.start)
        if not self._timexes_in(max(start, span.start - _CLAUSE_REACH), min(end, span.end + _CLAUSE_REACH)):
            return None
        found = self._timexes_in(*self.clause(span))
        if not found:
            return None
        nearest = min(found, key=lambda t: min(abs(t.span.start - span.end), abs(span.start - t.span.end)))
        return nearest.value

    def missions_in(self, start: int, end: int) -> list[str]:
        return self.mission_at.within(start, end)

    def last_mission_before(self, offset: int) -> str | None:
        return self.mission_at.last_before(offset)

    def people_in(self, start: int, end: int) -> list[str]:
        return self.person_at.within(start, end)

    def person_overlapping(self, span: Span) -> str | None:
        # person mentions are short and do not overlap each other: look just before span.end
        items = self.person_at.items
        index = bisect.bisect_left(self.person_at.starts, span.end) - 1
        while index >= 0 and items[index][0] > span.start - _MENTION_REACH:
            start, end, person = items[index]
            if start < span.end and span.start < end:
                return person
            index -= 1
        return None

    def last_person_before(self, offset: int) -> str | None:
        return self.person_at.last_before(offset)

    def evidence(self, start: int, end: int, around: Span | None = None) -> Span:
        """A span for evidence, clipped to ``_EVIDENCE_REACH`` characters around *around*.

        A sentence is good evidence; a run-on "sentence" of a megabyte repeated as the evidence
        of every fact in it is not (memory would grow with facts times sentence length).
        """
        if around is not None and end - start > 2 * _EVIDENCE_REACH + len(around):
            start = max(start, around.start - _EVIDENCE_REACH)
            end = min(end, around.end + _EVIDENCE_REACH)
        key = (start, end)
        span = self._spans.get(key)
        if span is None:
            span = self._spans[key] = self.document.span(start, end)
        return span


_START = operator.attrgetter("start")
_CLAUSE_REACH = 400
_MENTION_REACH = 300
_EVIDENCE_REACH = 600


# --- officials ------------------------------------------------------------------------------------


def _role(mention: PersonMention) -> Role:
    role = mention.role
    assert role is not None
    return Role(
        title=role.title,
        organisation=role.organisation,
        country=role.country,
        office=role.office,
        evidence=(role.span,),
    )


def _officials(
    document: Document, mentions: Sequence[PersonMention]
) -> tuple[tuple[Official, ...], list[tuple[int, int, str]]]:
    """Group a text's person mentions into officials; full names first, then surnames, then titles."""
    clusters: list[list[PersonMention]] = []
    keys: list[_names.NameKey] = []
    named = [m for m in mentions if m.name]
    by_surname: dict[str, list[int]] = {}  # surname skeleton -> indices of full-name clusters
    bare: dict[str, int] = {}  # surname skeleton -> the cluster of surnames no full name claims
    for mention in sorted(named, key=lambda m: -len(_names.name_key(m.name or "")[0])):
        key = _names.name_key(mention.name or "")
        candidates = [i for i in by_surname.get(key[1], ()) if _names.same_person(key, keys[i])]
        if key[0] and candidates:
            target: int | None = candidates[0]
        elif not key[0] and len(candidates) == 1:
            target = candidates[0]
        elif not key[0]:  # no full name, or several: one cluster for this surname, not one per mention
            target = bare.get(key[1])
        else:
            target = None
        if target is None:
            clusters.append([])
            keys.append(key)
            target = len(clusters) - 1
            if key[0]:
                by_surname.setdefault(key[1], []).append(target)
            else:
                bare[key[1]] = target
        clusters[target].append(mention)
        if len(key[0]) > len(keys[target][0]):
            keys[target] = key
    # bare titles: the person holding the same office (or title) in this text, else the known
    # holder of that office (lexicon.offices) when the text names them without the title
    for mention in mentions:
        if mention.name or mention.role is None:
            continue
        holder = _title_holder(mention, clusters, keys)
        if holder is not None:
            clusters[holder].append(mention)
    officials: list[Official] = []
    positions: list[tuple[int, int, str]] = []
    for cluster in clusters:
        names = [m.name for m in cluster if m.name]
        name = min(names, key=lambda n: (-len(_names.name_key(n)[0]), -len(n), n))
        official_id = _names.display_slug(name)
        officials.append(
            Official(
                id=official_id,
                name=name,
                surface_forms=tuple(dict.fromkeys([_surface(m) for m in cluster if m.name])),
                roles=merge_roles([_role(m) for m in cluster if m.role is not None]),
                evidence=tuple(sorted({m.name_span or m.span for m in cluster}, key=_START)),
            )
        )
        positions += [(m.span.start, m.span.end, official_id) for m in cluster]
    positions.sort()
    return tuple(officials), positions


def _surface(mention: PersonMention) -> str:
    """How the text wrote the name: with its honorific, never a title or apposition."""
    if mention.name_span is not None and not mention.span.contains(mention.name_span):
        return mention.name_span.text
    if mention.name_span is not None and mention.honorific is None:
        return mention.name_span.text
    return mention.span.text


def _title_holder(
    mention: PersonMention, clusters: list[list[PersonMention]], keys: list[_names.NameKey]
) -> int | None:
    role = mention.role
    assert role is not None
    title = _names.fold(role.title)
    office = role.office
    same_office = []  # the clusters where someone holds the same office, or the same title
    for index, cluster in enumerate(clusters):
        for member in cluster:
            other = member.role
            if other is not None and (
                (office is not None and other.office == office) or _names.fold(other.title) == title
            ):
                same_office.append(index)
                break
    if len(same_office) == 1:
        return same_office[0]
    if same_office or role.office is None:
        return None
    holders = [_names.name_key(name) for name, _, _ in office_lexicon.OFFICE_HOLDERS.get(role.office, ())]
    named = [i for i, key in enumerate(keys) if any(_names.same_person(key, h) and key[0] for h in holders)]
    return named[0] if len(named) == 1 else None


def _terms(officials: Sequence[Official]) -> list[tuple[DateRange, Span]]:
    """Terms of office that the text's titled officials were holding (from lexicon.offices)."""
    terms = []
    for official in officials:
        key = _names.name_key(official.name)
        for role in official.roles:
            for name, start, end in office_lexicon.OFFICE_HOLDERS.get(role.office or "", ()):
                if _names.same_person(key, _names.name_key(name)) and key[0] and role.evidence:
                    terms.append((_term(start, end), role.evidence[0]))
    return terms


@functools.cache
def _term(start: str, end: str | None) -> DateRange:
    """A term of office of lexicon.offices as a date range (the table is fixed: each parsed once)."""
    until = PartialDate.from_iso(end) if end else PartialDate.from_date(OFFICES_UPDATED)
    return DateRange(PartialDate.from_iso(start), until)


def _date_from_offices(document: Document, officials: Sequence[Official]) -> DocumentDate | None:
    """For an undated text: the time when every titled official it names held that title."""
    terms = _terms(officials)
    if not terms:
        return None
    start = max(t.start for t, _ in terms)
    end = min(t.end for t, _ in terms)
    if start.earliest() > end.latest():
        return None
    evidence = min(terms, key=lambda item: (item[0].end.latest() - item[0].start.earliest()).days)[1]
    return DocumentDate(DateRange(start, end, RangeKind.UNCERTAIN), DateBasis.INFERRED, evidence)


# --- missions ------------------------------------------------------------------------------------


def _candidates(date: TimeValue | None) -> list[mission_lexicon.KnownMission]:
    """Known NATO missions in Iraq whose active (or announced) period fits the document date."""
    if date is None:
        return []
    found = []
    for known, lead, end in _mission_periods():
        if lead is not None and date.latest() < lead.earliest():
            continue
        if end is not None and date.earliest() > end.latest():
            continue
        found.append(known)
    return found


@functools.cache
def _mission_periods() -> list[tuple[mission_lexicon.KnownMission, PartialDate | None, PartialDate | None]]:
    """``(mission, announced or active from, active to)`` of the missions descriptions can name.

    Parsed once: every document with a date asks.
    """
    periods = []
    for known in mission_lexicon.KNOWN_MISSIONS:
        if not known.descriptive_target:
            continue
        start = PartialDate.from_iso(known.active_from) if known.active_from else None
        end = PartialDate.from_iso(known.active_to) if known.active_to else None
        lead = PartialDate.from_iso(known.announced_from) if known.announced_from else start
        periods.append((known, lead, end))
    return periods


def _mission_ids(document: Document, mentions: Sequence[MissionMention]) -> list[tuple[int, int, str]]:
    """The mission id each mention refers to, where it can be told."""
    date = document.date.value if document.date else None
    candidates = _candidates(date)
    resolved: list[tuple[int, int, str]] = []
    for mention in mentions:
        mission_id: str | None = mention.key
        if mission_id is None and mention.descriptive and len(candidates) == 1:
            mission_id = candidates[0].id
        if mission_id is None and (mention.anaphoric or mention.descriptive) and resolved:
            mission_id = resolved[-1][2]
        if mission_id is None and mention.anaphoric and len(candidates) == 1:
            mission_id = candidates[0].id
        if mission_id is not None:
            resolved.append((mention.span.start, mention.span.end, mission_id))
    return resolved


def _link_figure(context: _Context, figure: PersonnelFigure) -> PersonnelFigure:
    start, end = context.sentence(figure.span.start)
    missions = context.missions_in(start, end)
    if len(missions) >= 1:
        # attrs.evolve(figure, mission_id=...), built directly: evolve's generic path costs more
        # than the constructor (tests/test_resolve_speed.py checks that no field is left out)
        return PersonnelFigure(
            span=figure.span,
            value=figure.value,
            approximation=figure.approximation,
            unit=figure.unit,
            role=figure.role,
            mission_id=missions[0],
        )
    return figure


def _is_strength(context: _Context, figure: PersonnelFigure) -> bool:
    """A figure is the mission's size (not a contingent of it) when it counts generic personnel."""
    unit = _names.fold(figure.unit).split()[:1]
    if unit and unit[0] not in resolution_lexicon.STRENGTH_UNITS and figure.role is FigureRole.LEVEL:
        return False
    before = _names.fold(context.document.text[max(0, figure.span.start - 16) : figure.span.start])
    return not any(marker in before for marker in resolution_lexicon.CONTINGENT_MARKERS)


def _missions(
    context: _Context, mentions: Sequence[MissionMention], figures: Sequence[PersonnelFigure]
) -> tuple[Mission, ...]:
    document = context.document
    by_id: dict[str, list[Span]] = {}
    mention_spans = {(m.span.start, m.span.end): m.span for m in mentions}
    for start, end, mission_id in context.mission_at.items:
        by_id.setdefault(mission_id, []).append(mention_spans[start, end])
    known = mission_lexicon.MISSIONS_BY_ID
    scope_by_id: dict[str, list[ScopeReport]] = {}
    for scope in mission_extractor.find_scope(document):
        s_start, s_end = context.sentence(scope.span.start)
        ids = context.missions_in(s_start, s_end) or [m for m in [context.last_mission_before(scope.span.start)] if m]
        if ids:
            date = context.date_in(s_start, s_end) if not scope.added else None
            scope_report = ScopeReport(tuple(scope.institutions), scope.added, date or context.date, scope.span)
            scope_by_id.setdefault(ids[0], []).append(scope_report)
    strength_by_id: dict[str, list[StrengthReport]] = {}
    for figure in figures:
        if figure.mission_id is None or not _is_strength(context, figure):
            continue
        s_start, s_end = context.sentence(figure.span.start)
        date = context.date if figure.role is not FigureRole.LEVEL else context.date_in(s_start, s_end) or context.date
        report = StrengthReport(figure.value, figure.approximation, figure.role, date, figure.span)
        strength_by_id.setdefault(figure.mission_id, []).append(report)
    missions = []
    for mission_id, spans in by_id.items():
        record = known.get(mission_id)
        written = [text for text in (s.text for s in spans) if not _is_anaphor(text)]
        name = record.name if record else (written[0] if written else mission_id)
        aliases = tuple(dict.fromkeys(a for a in (*(record.aliases if record else ()), *written) if a != name))
        missions.append(
            Mission(
                id=mission_id,
                name=name,
                acronym=record.acronym if record else None,
                aliases=aliases,
                host_country=record.host_country if record else None,
                purpose=record.purpose if record else None,
                strength=tuple(strength_by_id.get(mission_id, ())),
                scope=tuple(scope_by_id.get(mission_id, ())),
                evidence=tuple(spans),
            )
        )
    return tuple(missions)


@functools.lru_cache(maxsize=4096)  # texts name a mission with the same few words again and again
def _is_anaphor(text: str) -> bool:
    words = _names.fold(text).split()
    return len(words) <= 3 and bool(words) and words[0] in resolution_lexicon.ANAPHORIC_DETERMINERS


# --- decisions -----------------------------------------------------------------------------------


def _decision(context: _Context, number: int, cue: DecisionCue) -> Decision:
    start, end = cue.sentence.start, cue.sentence.end
    own = context.missions_in(start, end)
    missions = own or context.missions_in(*context.previous_sentence(start))
    mission_id = missions[0] if len(missions) == 1 or own else None
    # the date in the decision's own clause ("en septembre", "en juillet"), else the date the
    # text reports the decision's status on (the document's)
    date = context.clause_date(cue.cue) or context.date
    return Decision(
        id=f"{context.document.id}#d{number}",
        status=cue.status,
        summary=cue.summary.strip() or cue.cue.text,
        body=cue.body,
        mission_id=mission_id,
        date=date,
        cue=cue.cue,
        evidence=(context.evidence(start, end, cue.cue),),
    )


# --- announcements ---------------------------------------------------------------------------------


def _speaker(context: _Context, span: Span | None, pronoun: bool, at: int) -> tuple[str | None, str | None]:
    """``(official id, speaker as named)`` for an attribution clause."""
    if span is None:
        return None, None
    if pronoun:
        person = context.last_person_before(at)
        if person is not None:
            return person, context.names.get(person)
        return None, span.text
    person = context.person_overlapping(span)
    return person, span.text


def _announcements(
    context: _Context,
    quotes: Sequence[QuoteMention],
    reports: Sequence[ReportMention],
    decisions: Sequence[Decision],
) -> tuple[Announcement, ...]:
    document = context.document
    # cue (start, end) -> (cue, sentence the extractor gave, speaker's official id, speaker as
    # named, quotes), in the order first met
    groups: dict[tuple[int, int], tuple[Span, Span | None, str | None, str | None, list[Quote]]] = {}

    def group_for(
        cue: Span, sentence: Span | None, speaker: Span | None, pronoun: bool
    ) -> tuple[Span, Span | None, str | None, str | None, list[Quote]]:
        key = (cue.start, cue.end)
        group = groups.get(key)
        if group is None:
            official, named = _speaker(context, speaker, pronoun, cue.start)
            group = groups[key] = (cue, sentence, official, named, [])
        return group

    for report in reports:
        group_for(report.cue, report.sentence, report.speaker_span, report.pronoun)
    loose: list[QuoteMention] = []
    for quote in quotes:
        if quote.cue is None:
            loose.append(quote)
            continue
        _, _, official, named, quote_list = group_for(quote.cue, None, quote.speaker_span, quote.pronoun)
        quote_list.append(Quote(span=quote.span, speaker_id=official, speaker=named, attribution=quote.speaker_span))
    decision_at = [(d.evidence[0].start, d.id) for d in decisions if d.evidence]
    # each announcement's fields with the key that orders them; the id (its rank) is given once
    # the order is known, so each Announcement is built once
    pending: list[tuple[tuple[int, int], Callable[..., Announcement]]] = []
    for key in sorted(groups):
        cue, given, official, named, quote_list = groups[key]
        if given is not None:
            sentence = context.evidence(given.start, given.end, cue)
        else:
            sentence = context.evidence(*context.sentence(cue.start), cue)
        start, end = sentence.start, sentence.end
        for said in quote_list:  # the statement runs from the sentence and across its quotes
            start = min(start, said.span.start)
            end = max(end, said.span.end)
        # "a annoncé jeudi", "a déclaré ..., mardi": a date in the reporting clause, else the document's
        date = context.clause_date(cue) or context.date
        make = functools.partial(
            Announcement,
            speaker_id=official,
            speaker=named,
            date=date,
            decision_ids=tuple([d for at, d in decision_at if start <= at < end]),
            mission_ids=tuple(context.missions_in(start, end)),
            official_ids=tuple([p for p in context.people_in(start, end) if p != official]),
            quotes=tuple(quote_list),
            cue=cue,
            evidence=(sentence,),
        )
        pending.append(((sentence.start, cue.start), make))
    # a quote no clause attributes is still a statement the text reports: kept, speaker unknown
    for quote in loose:
        s_start, s_end = context.sentence(quote.span.start)
        sentence = context.evidence(s_start, max(s_end, quote.marked.end), quote.marked)
        make = functools.partial(
            Announcement,
            date=context.date,
            mission_ids=tuple(context.missions_in(sentence.start, sentence.end)),
            official_ids=tuple(context.people_in(sentence.start, sentence.end)),
            quotes=(Quote(span=quote.span),),
            evidence=(sentence,),
        )
        pending.append(((sentence.start, quote.span.start), make))
    pending.sort(key=lambda item: item[0])  # stable: equal keys keep the order above
    return tuple([make(id=f"{document.id}#a{n}") for n, (_, make) in enumerate(pending, 1)])
