"""The typed model: what the public record says, as immutable values.

Every fact carries *evidence*: one or more :class:`~nato_iraq.Span` objects pointing at the
characters it was read from. Records refer to each other by id (an :class:`Announcement` names
its speaker's :attr:`Official.id`), never by object, so a :class:`~nato_iraq.Corpus` serialises
to flat JSON and two corpora merge without rewriting object graphs.

Classes are frozen and slotted (attrs), fields are tuples, categories are enums.
"""

import enum
from collections.abc import Iterable

import attrs

from ._validators import each, instance, nonempty_str
from .dates import DateRange, PartialDate, TimeValue
from .document import Span

__all__ = [
    "Announcement",
    "Approximation",
    "Decision",
    "DecisionStatus",
    "FigureRole",
    "LoadProblem",
    "Mission",
    "Official",
    "PersonnelFigure",
    "Quote",
    "Role",
    "ScopeReport",
    "StrengthReport",
    "TemporalExpression",
    "TimexKind",
    "merge_roles",
]

_str = instance(str)
_opt_str = instance(str, optional=True)
_opt_int = instance(int, optional=True)
_bool = instance(bool)
_span = instance(Span)
_opt_span = instance(Span, optional=True)
_time = instance((PartialDate, DateRange), optional=True)
_spans = each(Span)
_strings = each(str)


# --- mentions that are facts in their own right ------------------------------------------------


class TimexKind(enum.Enum):
    """The shape of a temporal expression, after TimeML's TIMEX3 types."""

    DATE = "date"
    """A calendar date or part of one, stated in full (``3 décembre 2014``, ``en 2018``)."""
    RELATIVE = "relative"
    """Read against the document date (``jeudi``, ``l'an dernier``, ``le mois dernier``)."""
    RANGE = "range"
    """An interval (``du 31 juillet au 3 août 2017``, ``de 2004 à 2011``)."""
    SINCE = "since"
    """An open interval from a point (``depuis 2018``)."""
    DURATION = "duration"
    """A length of time, not a point (``deux ans``, ``au cours des prochaines semaines``)."""


@attrs.frozen
class TemporalExpression:
    """A time expression in a text and the value it denotes.

    ``value`` is ``None`` when the expression cannot be anchored (a weekday in an undated text):
    the library says so rather than invent a day.
    """

    span: Span = attrs.field(validator=_span)
    kind: TimexKind = attrs.field(validator=instance(TimexKind))
    value: TimeValue | None = attrs.field(default=None, validator=_time)
    anchored: bool = attrs.field(default=False, validator=_bool)
    """True when the value was computed from the document date rather than stated in full."""


class Approximation(enum.Enum):
    """How exactly a figure is stated."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    """``environ``, ``quelque``, ``près de``, ``une dizaine``."""
    AT_LEAST = "at_least"
    """``plus de``, ``au moins``."""
    AT_MOST = "at_most"
    """``moins de``, ``jusqu'à``."""
    VAGUE = "vague"
    """``quelques centaines``: an amount with no value."""


class FigureRole(enum.Enum):
    """Where a figure stands in a change ``de 500 à 4 000``."""

    LEVEL = "level"
    """A size stated on its own."""
    FROM = "from"
    """The size before a change."""
    TO = "to"
    """The size after a change."""


@attrs.frozen
class PersonnelFigure:
    """A count of people (troops, trainers, staff, participants) in a text."""

    span: Span = attrs.field(validator=_span)
    value: int | None = attrs.field(validator=_opt_int)
    approximation: Approximation = attrs.field(default=Approximation.EXACT, validator=instance(Approximation))
    unit: str = attrs.field(default="", validator=_str)
    """The noun counted, as written (``personnes``, ``militaires``, ``représentants``)."""
    role: FigureRole = attrs.field(default=FigureRole.LEVEL, validator=instance(FigureRole))
    mission_id: str | None = attrs.field(default=None, validator=_opt_str)
    """The mission whose strength this is, when the sentence says."""

    @value.validator
    def _check_value(self, attribute: "attrs.Attribute[int | None]", value: int | None) -> None:
        del attribute
        if value is None and self.approximation is not Approximation.VAGUE:
            raise ValueError("only a vague figure may lack a value")
        if value is not None and value < 0:
            raise ValueError("a personnel figure cannot be negative")


# --- people ----------------------------------------------------------------------------------


@attrs.frozen
class Role:
    """A position someone holds, as a text states it.

    ``title`` keeps the words of the text (``secrétaire général``); ``organisation`` and
    ``country`` say whose office it is (``OTAN``; ``Iraq`` for ``le premier ministre iraquien``).
    ``office`` is a language-neutral key for well-known offices (``nato-secretary-general``).
    """

    title: str = attrs.field(validator=nonempty_str)
    organisation: str | None = attrs.field(default=None, validator=_opt_str)
    country: str | None = attrs.field(default=None, validator=_opt_str)
    office: str | None = attrs.field(default=None, validator=_opt_str)
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=_spans, eq=False)

    def key(self) -> tuple[str, str | None, str | None]:
        """What makes two roles the same role, whatever their evidence."""
        return (self.office or self.title.lower(), self.organisation, self.country)

    @property
    def bare(self) -> bool:
        """True for a title with nothing saying whose office it is (``le secrétaire général``)."""
        return self.organisation is None and self.country is None and self.office is None


def merge_roles(roles: "Iterable[Role]") -> tuple[Role, ...]:
    """Roles with the same key become one (evidence joined, in text order).

    A bare title (``le secrétaire général``) folds into a fuller role with the same title
    (``secrétaire général`` of NATO) held by the same person: the text only shortened it.
    """
    # evidence is gathered in lists and each role built once: evolving a role per mention made
    # merging quadratic in the mentions of one role and slow for the common case
    merged: dict[tuple[str, str | None, str | None], tuple[Role, list[Span]]] = {}
    bare: list[Role] = []
    for role in roles:
        if role.bare:
            bare.append(role)
            continue
        key = role.key()
        old = merged.get(key)
        if old is None:
            merged[key] = (role, list(role.evidence))
        else:
            old[1].extend(role.evidence)
    for role in bare:
        title = role.title.lower()
        fuller = next((k for k, (r, _) in merged.items() if r.title.lower() == title), None)
        key = fuller if fuller is not None else role.key()
        old = merged.get(key)
        if old is None:
            merged[key] = (role, list(role.evidence))
        else:
            old[1].extend(role.evidence)
    return tuple(_with_evidence(r, evidence) for r, evidence in merged.values())


def _with_evidence(role: Role, evidence: list[Span]) -> Role:
    """*role* with *evidence*, without repeats and in text order: *role* itself when it has that.

    Merging corpora merges roles that were merged already; keeping them, rather than building
    equal copies, keeps a merged corpus from holding every role twice while it is built.
    """
    if len(evidence) <= 1 and len(role.evidence) == len(evidence) and type(role.evidence) is tuple:
        return role
    ordered = tuple(sorted(set(evidence), key=_span_order))
    if ordered == role.evidence and type(role.evidence) is tuple:
        return role
    return Role(role.title, role.organisation, role.country, role.office, ordered)


def _span_order(span: Span) -> tuple[str, int, int]:
    return (span.doc_id, span.start, span.end)


@attrs.frozen
class Official:
    """A person named in the texts, merged across texts and spellings."""

    id: str = attrs.field(validator=nonempty_str)
    name: str = attrs.field(validator=nonempty_str)
    """The fullest form met (``Jens Stoltenberg``)."""
    surface_forms: tuple[str, ...] = attrs.field(default=(), validator=_strings)
    """Every way a text wrote the name (``M. Stoltenberg``, ``Jens Stoltenberg``)."""
    roles: tuple[Role, ...] = attrs.field(default=(), validator=each(Role, tuple_only=True))
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=_spans)

    @property
    def documents(self) -> tuple[str, ...]:
        """Ids of the documents that mention this person, in first-seen order."""
        return tuple(dict.fromkeys(span.doc_id for span in self.evidence))


@attrs.frozen
class Quote:
    """Words a text puts between quotation marks and attributes to a speaker."""

    span: Span = attrs.field(validator=_span)
    """The quoted words, without the quotation marks."""
    speaker_id: str | None = attrs.field(default=None, validator=_opt_str)
    """The :class:`Official` who spoke, when a person did."""
    speaker: str | None = attrs.field(default=None, validator=_opt_str)
    """The speaker as the text names it (a person or a body such as ``l'Otan``)."""
    attribution: Span | None = attrs.field(default=None, validator=_opt_span)
    """The clause that says who spoke (``a précisé M. Stoltenberg``)."""

    @property
    def text(self) -> str:
        """The quoted words."""
        return self.span.text


# --- missions ----------------------------------------------------------------------------------


@attrs.frozen
class StrengthReport:
    """A mission's size as one text reports it."""

    value: int | None = attrs.field(validator=_opt_int)
    approximation: Approximation = attrs.field(validator=instance(Approximation))
    role: FigureRole = attrs.field(validator=instance(FigureRole))
    date: TimeValue | None = attrs.field(validator=_time)
    """When the size holds (for ``TO`` figures, when the change was announced)."""
    evidence: Span = attrs.field(validator=_span)


@attrs.frozen
class ScopeReport:
    """Institutions a mission advises or trains, as one text reports them."""

    institutions: tuple[str, ...] = attrs.field(validator=each(str, tuple_only=True))
    added: bool = attrs.field(validator=_bool)
    """True when the text reports these as an extension of the mandate."""
    date: TimeValue | None = attrs.field(validator=_time)
    evidence: Span = attrs.field(validator=_span)


@attrs.frozen
class Mission:
    """A NATO (or allied) mission or programme concerning Iraq or named beside it."""

    id: str = attrs.field(validator=nonempty_str)
    name: str = attrs.field(validator=nonempty_str)
    acronym: str | None = attrs.field(default=None, validator=_opt_str)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_strings)
    """Other names met in the texts (French, English, descriptive references)."""
    host_country: str | None = attrs.field(default=None, validator=_opt_str)
    purpose: str | None = attrs.field(default=None, validator=_opt_str)
    strength: tuple[StrengthReport, ...] = attrs.field(default=(), validator=each(StrengthReport, tuple_only=True))
    scope: tuple[ScopeReport, ...] = attrs.field(default=(), validator=each(ScopeReport, tuple_only=True))
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=_spans)


# --- decisions and announcements ------------------------------------------------------------------


class DecisionStatus(enum.Enum):
    """Where a decision stands, as the text tells it."""

    TAKEN = "taken"
    PLANNED = "planned"
    """Expected or scheduled (``sera examinée``, ``pourrait être lancée``)."""
    UNDER_CONSIDERATION = "under_consideration"
    """Being discussed (``réfléchira à``, ``examinera``)."""
    NOT_TAKEN = "not_taken"
    """Explicitly not (yet) taken (``n'a pas encore pris de décision``)."""


@attrs.frozen
class Decision:
    """A decision a text reports, with its status."""

    id: str = attrs.field(validator=nonempty_str)
    status: DecisionStatus = attrs.field(validator=instance(DecisionStatus))
    summary: str = attrs.field(validator=nonempty_str)
    """What was decided, in the text's words (the clause after the decision verb)."""
    body: str | None = attrs.field(default=None, validator=_opt_str)
    """Who decides (``Conseil de l'Atlantique Nord``, ``ministres de la Défense``)."""
    mission_id: str | None = attrs.field(default=None, validator=_opt_str)
    date: TimeValue | None = attrs.field(default=None, validator=_time)
    cue: Span | None = attrs.field(default=None, validator=_opt_span)
    """The words that carry the status (``ont décidé``, ``sera examinée``)."""
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=_spans)
    """The sentence(s) reporting the decision."""


@attrs.frozen
class Announcement:
    """One public statement a text reports: who made it, when, about what, in which words."""

    id: str = attrs.field(validator=nonempty_str)
    speaker_id: str | None = attrs.field(default=None, validator=_opt_str)
    """The :class:`Official` who made it, when a person did."""
    speaker: str | None = attrs.field(default=None, validator=_opt_str)
    """The speaker as the text names them, a person or a body (``l'Alliance atlantique``)."""
    date: TimeValue | None = attrs.field(default=None, validator=_time)
    decision_ids: tuple[str, ...] = attrs.field(default=(), validator=_strings)
    mission_ids: tuple[str, ...] = attrs.field(default=(), validator=_strings)
    official_ids: tuple[str, ...] = attrs.field(default=(), validator=_strings)
    """Other officials the statement concerns (met, named, addressed)."""
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=each(Quote, tuple_only=True))
    cue: Span | None = attrs.field(default=None, validator=_opt_span)
    """The reporting verb (``a annoncé``, ``a déclaré``)."""
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=_spans)

    @property
    def doc_id(self) -> str:
        """The document the statement is reported in."""
        spans = self.evidence or ((self.cue,) if self.cue else ()) or tuple(q.span for q in self.quotes)
        return spans[0].doc_id if spans else ""


@attrs.frozen
class LoadProblem:
    """A file the loader could not use, recorded instead of raised in ``errors="collect"`` mode."""

    path: str = attrs.field(validator=_str)
    error: str = attrs.field(validator=_str)
    """The name of the :class:`~nato_iraq.NatoIraqError` subclass that would have been raised."""
    message: str = attrs.field(validator=_str)
    line: int | None = attrs.field(default=None, validator=_opt_int)
