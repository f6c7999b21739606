"""Many texts as one body of facts: merging, lookups, timeline.

A :class:`Corpus` is built from the facts of single documents (see :mod:`nato_iraq.resolve`).
Building merges the same person across texts and spellings, and the same mission across names,
then rewrites every reference to the merged ids. Merging is order-independent, so parsing texts
one by one and merging the results gives the same corpus as parsing them together -- which is what
lets a large collection be parsed in parallel (:func:`nato_iraq.load` ``workers=``) or on a cluster.

Lookups follow pycountry's three verbs, accent- and case-insensitive over every name and alias:
``get_*`` returns a default, ``lookup_*`` raises :class:`~nato_iraq.NotFoundError`, ``search_*``
returns a ranked, possibly empty list.
"""

import difflib
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol, TypeVar, overload

import attrs

from ._names import display_slug, fold, name_key, same_person
from .dates import TimeValue, sort_key
from .document import Document, Span
from .errors import NotFoundError
from .model import (
    Announcement,
    Decision,
    FigureRole,
    LoadProblem,
    Mission,
    Official,
    PersonnelFigure,
    Quote,
    ScopeReport,
    StrengthReport,
    TemporalExpression,
    merge_roles,
)

__all__ = ["Corpus", "TimelineEvent", "merge_missions", "merge_officials"]

T = TypeVar("T")
R = TypeVar("R", Official, Mission)


@attrs.frozen
class TimelineEvent:
    """One dated entry of :meth:`Corpus.timeline`."""

    date: TimeValue
    kind: str
    """``decision``, ``announcement``, ``strength`` or ``scope``."""
    summary: str
    ref: str
    """The id of the decision, announcement or mission the event comes from."""
    evidence: Span


def _unique(items: Iterable[T]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(items))


def _best_name(names: Iterable[str]) -> str:
    counted: dict[str, int] = {}
    for name in names:
        counted[name] = counted.get(name, 0) + 1
    return sorted(counted, key=lambda n: (-len(name_key(n)[0]), -counted[n], -len(n), n))[0]


def merge_officials(officials: Iterable[Official]) -> tuple[tuple[Official, ...], dict[str, str]]:
    """Merge officials that name the same person; return them and a map old id → new id.

    Full names cluster by their name key (transliteration-proof); a surname-only record joins
    the one cluster whose surname matches, if exactly one does. The result does not depend on
    the order of the input.
    """
    items = sorted(officials, key=lambda o: (o.id, o.name))
    full: dict[tuple[tuple[str, ...], str], list[Official]] = {}
    bare: list[Official] = []
    for official in items:
        key = name_key(official.name)
        if key[0]:
            full.setdefault((key[0][:1], key[1]), []).append(official)
        else:
            bare.append(official)
    clusters = list(full.values())
    by_surname: dict[str, list[list[Official]]] = {}
    for cluster in clusters:
        by_surname.setdefault(name_key(cluster[0].name)[1], []).append(cluster)
    orphans: dict[str, list[Official]] = {}
    for official in bare:
        key = name_key(official.name)
        matches = [c for c in by_surname.get(key[1], ()) if same_person(name_key(c[0].name), key)]
        if len(matches) == 1:
            matches[0].append(official)
        else:
            orphans.setdefault(key[1], []).append(official)
    clusters.extend(orphans.values())
    named = sorted(
        ((_best_name(o.name for o in cluster), cluster) for cluster in clusters),
        key=lambda item: (
            item[0],
            min(_doc_start(s) for o in item[1] for s in o.evidence) if any(o.evidence for o in item[1]) else ("", 0),
        ),
    )
    result: list[Official] = []
    mapping: dict[str, str] = {}
    taken: dict[str, int] = {}
    for name, cluster in named:
        base = display_slug(name)
        taken[base] = taken.get(base, 0) + 1
        # two different people whose names slug alike keep distinct ids
        new_id = base if taken[base] == 1 else f"{base}-{taken[base]}"
        surface_forms = tuple(sorted({f for o in cluster for f in (*o.surface_forms, o.name)}))
        roles = merge_roles(r for o in _by_first_seen(cluster) for r in o.roles)
        evidence = tuple(sorted({s for o in cluster for s in o.evidence}, key=_span_key))
        old = cluster[0]
        if len(cluster) == 1 and _unchanged(old, (new_id, name, surface_forms, roles, evidence)):
            result.append(old)  # merged before: kept, not copied (see _unchanged)
        else:
            result.append(Official(id=new_id, name=name, surface_forms=surface_forms, roles=roles, evidence=evidence))
        for official in cluster:
            mapping[official.id] = new_id
    return tuple(result), mapping


_span_key: "Callable[[Span], tuple[str, int, int]]" = operator.attrgetter("doc_id", "start", "end")
"""Spans in document order (read in C: merging sorts every piece of evidence of a corpus)."""
_doc_start: "Callable[[Span], tuple[str, int]]" = operator.attrgetter("doc_id", "start")


def _first_seen(record: Official | Mission) -> tuple[str, int, int, str]:
    first = min(record.evidence, key=_span_key, default=None)
    return (*(_span_key(first) if first else ("\uffff", 0, 0)), record.id)


def _by_first_seen(records: list[R]) -> list[R]:
    """*records* in the order the texts first mention them (most clusters hold one record)."""
    return records if len(records) == 1 else sorted(records, key=_first_seen)


def merge_missions(missions: Iterable[Mission]) -> tuple[Mission, ...]:
    """Merge missions that share an id, keeping every name, report and piece of evidence."""
    by_id: dict[str, list[Mission]] = {}
    for mission in missions:
        by_id.setdefault(mission.id, []).append(mission)
    result = []
    for mission_id in sorted(by_id):
        group = _by_first_seen(by_id[mission_id])
        first = group[0]
        names = _unique(n for m in group for n in (m.name, *m.aliases))
        fields = (
            mission_id,
            first.name,
            next((m.acronym for m in group if m.acronym), None),
            tuple(sorted(n for n in names if n != first.name)),
            next((m.host_country for m in group if m.host_country), None),
            next((m.purpose for m in group if m.purpose), None),
            tuple(sorted(_unique(r for m in group for r in m.strength), key=_report_key)),
            tuple(sorted(_unique(r for m in group for r in m.scope), key=_report_key)),
            tuple(sorted({s for m in group for s in m.evidence}, key=_span_key)),
        )
        result.append(first if len(group) == 1 and _unchanged(first, fields) else Mission(*fields))
    return tuple(result)


def _unchanged(record: Official | Mission, fields: tuple[object, ...]) -> bool:
    """Whether *record* already holds *fields* (in attribute order), each as the same value.

    Merging corpora merges records that were merged already: most people and missions appear in
    one part only and come out as they went in. Keeping those records instead of building equal
    copies makes merging faster and keeps a merged corpus from holding them twice while it is
    built. Role evidence does not take part in equality, so roles must be the same objects.
    """
    for name, value in zip(_FIELD_NAMES[type(record)], fields, strict=True):
        current = getattr(record, name)
        if name == "roles":
            if not isinstance(value, tuple) or len(current) != len(value):
                return False
            if any(a is not b for a, b in zip(current, value, strict=True)):
                return False
        elif type(current) is not type(value) or current != value:
            return False
    return True


_ROLE_ORDER = {FigureRole.FROM: 0, FigureRole.LEVEL: 1, FigureRole.TO: 2}
"""A change ``de 500 à 4 000`` stated in one place lists its sizes before, then after."""


_FIELD_NAMES = {cls: tuple(attribute.name for attribute in attrs.fields(cls)) for cls in (Official, Mission)}
"""The attribute names of the records :func:`_unchanged` compares (``attrs.fields`` costs a call per record)."""


def _report_key(report: StrengthReport | ScopeReport) -> tuple[int, int, str, int]:
    """Reports by date (undated last), then where the text states them."""
    date = report.date
    day = date.earliest().toordinal() if date is not None else 0
    role = _ROLE_ORDER[report.role] if isinstance(report, StrengthReport) else 1
    return (0 if date is not None else 1, day, report.evidence.doc_id, report.evidence.start * 3 + role)


def _remap(value: str | None, mapping: Mapping[str, str]) -> str | None:
    return None if value is None else mapping.get(value, value)


def _names_any(item: Announcement, ids: set[str]) -> bool:
    """Whether *item* names one of *ids*: as its speaker, among its officials or as a quote's speaker."""
    return (
        item.speaker_id in ids
        or not ids.isdisjoint(item.official_ids)
        or any(quote.speaker_id in ids for quote in item.quotes)
    )


def _remap_announcement(item: Announcement, officials: Mapping[str, str]) -> Announcement:
    """*item* with its official ids rewritten by *officials* (itself when none changes).

    Merging corpora that were built already changes few ids, and keeping the records that stay
    the same keeps a merge from copying every announcement of every corpus. Records are built
    field by field rather than with :func:`attrs.evolve`, whose generic path cost more than the
    rest of the remapping.
    """
    speaker_id = _remap(item.speaker_id, officials)
    official_ids = _unique(officials.get(i, i) for i in item.official_ids)
    quotes = tuple(
        q
        if q.speaker_id is None or officials.get(q.speaker_id, q.speaker_id) == q.speaker_id
        else Quote(q.span, _remap(q.speaker_id, officials), q.speaker, q.attribution)
        for q in item.quotes
    )
    if (
        speaker_id == item.speaker_id
        and official_ids == item.official_ids
        and all(new is old for new, old in zip(quotes, item.quotes, strict=True))
    ):
        return item
    return Announcement(
        id=item.id,
        speaker_id=speaker_id,
        speaker=item.speaker,
        date=item.date,
        decision_ids=item.decision_ids,
        mission_ids=item.mission_ids,
        official_ids=official_ids,
        quotes=quotes,
        cue=item.cue,
        evidence=item.evidence,
    )


_Indexed = Official | Mission


class _Part(Protocol):
    """What :meth:`Corpus._of_parts` reads: a corpus, or the facts of one analysed document."""

    @property
    def documents(self) -> Sequence[Document]: ...
    @property
    def officials(self) -> Sequence[Official]: ...
    @property
    def missions(self) -> Sequence[Mission]: ...
    @property
    def decisions(self) -> Sequence[Decision]: ...
    @property
    def announcements(self) -> Sequence[Announcement]: ...
    @property
    def temporal_expressions(self) -> Sequence[TemporalExpression]: ...
    @property
    def figures(self) -> Sequence[PersonnelFigure]: ...


@attrs.frozen
class Corpus:
    """Documents and the facts read from them, merged across texts.

    Build one with :func:`nato_iraq.load` or :func:`nato_iraq.parse`; combine corpora with
    :meth:`merge`.
    """

    documents: tuple[Document, ...] = attrs.field(default=())
    """The texts, in id order."""
    officials: tuple[Official, ...] = attrs.field(default=())
    """People, one per person across texts."""
    missions: tuple[Mission, ...] = attrs.field(default=())
    """Missions and programmes, one per mission across texts."""
    decisions: tuple[Decision, ...] = attrs.field(default=())
    """Decisions, in document order."""
    announcements: tuple[Announcement, ...] = attrs.field(default=())
    """Public statements, in document order."""
    temporal_expressions: tuple[TemporalExpression, ...] = attrs.field(default=())
    """Every time expression found, with its value."""
    figures: tuple[PersonnelFigure, ...] = attrs.field(default=())
    """Every personnel figure found."""
    problems: tuple[LoadProblem, ...] = attrs.field(default=())
    """Files that could not be loaded (``errors="collect"``)."""
    _index: dict[str, list[_Indexed]] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    @documents.validator
    def _check_unique_documents(
        self, attribute: "attrs.Attribute[tuple[Document, ...]]", value: tuple[Document, ...]
    ) -> None:
        del attribute
        ids = [d.id for d in value]
        if len(ids) != len(set(ids)):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"duplicate document ids: {', '.join(duplicates)}")

    # -- building ---------------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        documents: Iterable[Document] = (),
        officials: Iterable[Official] = (),
        missions: Iterable[Mission] = (),
        decisions: Iterable[Decision] = (),
        announcements: Iterable[Announcement] = (),
        temporal_expressions: Iterable[TemporalExpression] = (),
        figures: Iterable[PersonnelFigure] = (),
        problems: Iterable[LoadProblem] = (),
    ) -> "Corpus":
        """Merge facts from any number of documents into one corpus, rewriting references."""
        merged_officials, official_map = merge_officials(officials)
        changed = {old for old, new in official_map.items() if old != new}
        documents = sorted(documents, key=lambda d: d.id)
        order = {d.id: i for i, d in enumerate(documents)}

        def doc_rank(spans: tuple[Span, ...]) -> tuple[int, int]:
            return (order.get(spans[0].doc_id, len(order)), spans[0].start) if spans else (len(order), 0)

        return cls(
            documents=tuple(documents),
            officials=merged_officials,
            missions=merge_missions(missions),
            decisions=tuple(sorted(decisions, key=lambda d: doc_rank(d.evidence))),
            announcements=tuple(
                sorted(
                    # most merges keep every id (a text parsed alone always does), and most
                    # announcements name nobody whose id changed: nothing to rewrite
                    (_remap_announcement(a, official_map) if _names_any(a, changed) else a for a in announcements)
                    if changed
                    else announcements,
                    key=lambda a: doc_rank(a.evidence),
                )
            ),
            temporal_expressions=tuple(sorted(temporal_expressions, key=lambda t: doc_rank((t.span,)))),
            figures=tuple(sorted(figures, key=lambda f: doc_rank((f.span,)))),
            problems=tuple(sorted(problems, key=lambda p: p.path)),
        )

    def merge(self, *others: "Corpus") -> "Corpus":
        """One corpus holding this one's documents and facts and the others', merged again."""
        corpora = (self, *others)
        return Corpus._of_parts(corpora, [p for c in corpora for p in c.problems])

    @classmethod
    def _of_parts(cls, parts: "Iterable[_Part]", problems: Iterable[LoadProblem] = ()) -> "Corpus":
        """:meth:`build` from the documents and facts of several corpora, or of several documents
        analysed alone (``resolve.DocumentFacts``)."""
        parts = list(parts)
        return cls.build(
            documents=[d for p in parts for d in p.documents],
            officials=[o for p in parts for o in p.officials],
            missions=[m for p in parts for m in p.missions],
            decisions=[d for p in parts for d in p.decisions],
            announcements=[a for p in parts for a in p.announcements],
            temporal_expressions=[t for p in parts for t in p.temporal_expressions],
            figures=[f for p in parts for f in p.figures],
            problems=problems,
        )

    # -- by id --------------------------------------------------------------------------------------

    def document(self, doc_id: str) -> Document:
        """The document with this id; raise :class:`~nato_iraq.NotFoundError` otherwise."""
        for document in self.documents:
            if document.id == doc_id:
                return document
        raise NotFoundError(f"no document {doc_id!r}")

    def official(self, official_id: str) -> Official:
        """The official with this id; raise :class:`~nato_iraq.NotFoundError` otherwise."""
        for official in self.officials:
            if official.id == official_id:
                return official
        raise NotFoundError(f"no official with id {official_id!r}")

    def mission(self, mission_id: str) -> Mission:
        """The mission with this id; raise :class:`~nato_iraq.NotFoundError` otherwise."""
        for mission in self.missions:
            if mission.id == mission_id:
                return mission
        raise NotFoundError(f"no mission with id {mission_id!r}")

    # -- by name ------------------------------------------------------------------------------------

    def _names_index(self) -> dict[str, list[_Indexed]]:
        # Built on first use. Two threads racing here build the same index and the second
        # update() is a no-op in effect; no lock, so a Corpus stays picklable.
        if not self._index and (self.officials or self.missions):
            index: dict[str, list[_Indexed]] = {}
            for official in self.officials:
                for name in {official.id, official.name, *official.surface_forms}:
                    index.setdefault(_key(name), []).append(official)
            for mission in self.missions:
                names = {mission.id, mission.name, *mission.aliases}
                if mission.acronym:
                    names.add(mission.acronym)
                for name in names:
                    index.setdefault(_key(name), []).append(mission)
            self._index.update({k: list(dict.fromkeys(v)) for k, v in index.items()})
        return self._index

    def _find(self, name: str, kind: type[T]) -> list[T]:
        found = self._names_index().get(_key(name), [])
        exact: list[T] = [x for x in found if isinstance(x, kind)]
        if exact:
            return exact
        # a person asked for by a spelling the texts did not use
        if kind is Official:
            key = name_key(name)
            return [o for o in self.officials if isinstance(o, kind) and same_person(name_key(o.name), key)]
        return []

    @overload
    def get_official(self, name: str) -> Official | None: ...
    @overload
    def get_official(self, name: str, default: T) -> Official | T: ...
    def get_official(self, name: str, default: object = None) -> object:
        """The official known by *name* (any surface form or id), or *default*."""
        found = self._find(name, Official)
        return found[0] if len(found) == 1 else default

    def lookup_official(self, name: str) -> Official:
        """The official known by *name*; raise :class:`~nato_iraq.NotFoundError` otherwise."""
        found = self._find(name, Official)
        if len(found) != 1:
            raise NotFoundError(_not_found("official", name, len(found)))
        return found[0]

    def search_officials(self, query: str) -> list[Official]:
        """Officials ranked by how well one of their names matches *query* (best first)."""
        return [o for o in self._search(query) if isinstance(o, Official)]

    @overload
    def get_mission(self, name: str) -> Mission | None: ...
    @overload
    def get_mission(self, name: str, default: T) -> Mission | T: ...
    def get_mission(self, name: str, default: object = None) -> object:
        """The mission known by *name* (name, acronym, alias or id), or *default*."""
        found = self._find(name, Mission)
        return found[0] if len(found) == 1 else default

    def lookup_mission(self, name: str) -> Mission:
        """The mission known by *name*; raise :class:`~nato_iraq.NotFoundError` otherwise."""
        found = self._find(name, Mission)
        if len(found) != 1:
            raise NotFoundError(_not_found("mission", name, len(found)))
        return found[0]

    def search_missions(self, query: str) -> list[Mission]:
        """Missions ranked by how well one of their names matches *query* (best first)."""
        return [m for m in self._search(query) if isinstance(m, Mission)]

    def search(self, query: str) -> list[Official | Mission]:
        """Officials and missions ranked by how well one of their names matches *query*."""
        return self._search(query)

    def _search(self, query: str) -> list[_Indexed]:
        wanted = _key(query)
        if not wanted:
            return []
        scores: dict[int, tuple[float, _Indexed]] = {}
        for name, records in self._names_index().items():
            if name == wanted:
                score = 1.0
            elif wanted in name.split() or name.startswith(wanted) or name.endswith(wanted):
                score = 0.9
            elif wanted in name:
                score = 0.8
            else:
                score = difflib.SequenceMatcher(None, wanted, name).ratio() * 0.75
                if score < 0.5:
                    continue
            for record in records:
                best = scores.get(id(record))
                if best is None or best[0] < score:
                    scores[id(record)] = (score, record)
        ranked = sorted(scores.values(), key=lambda item: (-item[0], item[1].id))
        return [record for _, record in ranked]

    # -- questions --------------------------------------------------------------------------------

    def _mission_id(self, mission: Mission | str) -> str:
        if isinstance(mission, Mission):
            return mission.id
        if any(m.id == mission for m in self.missions):
            return mission
        return self.lookup_mission(mission).id

    def _official_id(self, official: Official | str) -> str:
        if isinstance(official, Official):
            return official.id
        if any(o.id == official for o in self.officials):
            return official
        return self.lookup_official(official).id

    def holders_of(self, office: str) -> tuple[Official, ...]:
        """Officials the texts give an office, by its language-neutral key.

        >>> [o.name for o in nato_iraq.load().holders_of("iraq-prime-minister")]
        ['Haïdar al-Abadi', 'Moustafa al-Kazimi']
        """
        return tuple(o for o in self.officials if any(r.office == office for r in o.roles))

    def decisions_for(self, mission: Mission | str) -> tuple[Decision, ...]:
        """Decisions about a mission (given as a :class:`Mission`, an id or any of its names)."""
        mission_id = self._mission_id(mission)
        return tuple(d for d in self.decisions if d.mission_id == mission_id)

    def announcements_for(self, mission: Mission | str) -> tuple[Announcement, ...]:
        """Announcements that concern a mission."""
        mission_id = self._mission_id(mission)
        return tuple(a for a in self.announcements if mission_id in a.mission_ids)

    def announcements_by(self, official: Official | str) -> tuple[Announcement, ...]:
        """Announcements an official made."""
        official_id = self._official_id(official)
        return tuple(a for a in self.announcements if a.speaker_id == official_id)

    def quotes_by(self, official: Official | str) -> tuple[Quote, ...]:
        """Every direct quote attributed to an official: who said what."""
        official_id = self._official_id(official)
        return tuple(q for a in self.announcements for q in a.quotes if q.speaker_id == official_id)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every direct quote in the corpus, in document order."""
        return tuple(q for a in self.announcements for q in a.quotes)

    def strength_of(self, mission: Mission | str) -> tuple[StrengthReport, ...]:
        """A mission's reported size over time, oldest first (undated reports last)."""
        return self.mission(self._mission_id(mission)).strength

    def scope_of(self, mission: Mission | str) -> tuple[ScopeReport, ...]:
        """What a mission advises over time, oldest first."""
        return self.mission(self._mission_id(mission)).scope

    def timeline(self) -> tuple[TimelineEvent, ...]:
        """Every dated decision, announcement, strength and scope report, in date order."""
        events: list[TimelineEvent] = []
        for decision in self.decisions:
            if decision.date is not None and decision.evidence:
                events.append(
                    TimelineEvent(
                        decision.date,
                        "decision",
                        f"[{decision.status.value}] {decision.summary}",
                        decision.id,
                        decision.evidence[0],
                    )
                )
        for announcement in self.announcements:
            if announcement.date is not None and (announcement.cue or announcement.evidence):
                evidence = announcement.cue or announcement.evidence[0]
                who = announcement.speaker or "?"
                events.append(
                    TimelineEvent(
                        announcement.date, "announcement", f"{who}: {evidence.text}", announcement.id, evidence
                    )
                )
        for mission in self.missions:
            for report in mission.strength:
                if report.date is not None:
                    approx = "" if report.approximation.value == "exact" else f"{report.approximation.value} "
                    value = "?" if report.value is None else f"{report.value}"
                    summary = f"{mission.name}: {report.role.value} {approx}{value}"
                    events.append(TimelineEvent(report.date, "strength", summary, mission.id, report.evidence))
            for scope in mission.scope:
                if scope.date is not None:
                    verb = "extended to" if scope.added else "advises"
                    summary = f"{mission.name} {verb}: {', '.join(scope.institutions)}"
                    events.append(TimelineEvent(scope.date, "scope", summary, mission.id, scope.evidence))
        return tuple(sorted(events, key=lambda e: (sort_key(e.date), e.evidence.doc_id, e.evidence.start)))


_ARTICLES = frozenset({"la", "le", "les", "l", "the", "une", "un", "cette", "sa", "son", "leur"})


def _key(name: str) -> str:
    """Lookup key: folded, punctuation-light, without a leading article (``la mission`` = ``mission``)."""
    words = fold(name).replace("-", " ").replace("'", " ").split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words.pop(0)
    return " ".join(words)


def _not_found(kind: str, name: str, count: int) -> str:
    if count > 1:
        return f"{count} {kind}s match {name!r}; use search_{kind}s() to choose"
    return f"no {kind} is known as {name!r}"
