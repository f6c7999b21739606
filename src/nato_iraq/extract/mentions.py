"""Mentions: what extractors find in one text, before it is resolved into facts.

These are the hand-off types between :mod:`nato_iraq.extract` and :mod:`nato_iraq.resolve`.
Temporal expressions and personnel figures are facts already and use the public model types
(:class:`~nato_iraq.model.TemporalExpression`, :class:`~nato_iraq.model.PersonnelFigure`); the
types here carry what resolution still needs: a name to merge, a speaker to find, a mission to
link.
"""

import attrs

from ..document import Span
from ..model import DecisionStatus

__all__ = [
    "DecisionCue",
    "MissionMention",
    "PersonMention",
    "QuoteMention",
    "ReportMention",
    "RoleMention",
    "ScopeMention",
]


@attrs.frozen
class RoleMention:
    """A title as written, and whose office it is.

    ``le secrétaire général de l'OTAN`` -> title ``secrétaire général``, organisation ``OTAN``,
    office ``nato-secretary-general``; ``le premier ministre iraquien`` -> country ``Iraq``.
    """

    span: Span
    title: str
    organisation: str | None = None
    country: str | None = None
    office: str | None = None


@attrs.frozen
class PersonMention:
    """A reference to a person.

    ``name`` is ``None`` for a bare title used as a reference (``Le secrétaire général a
    indiqué``); resolution maps it to the person who holds that role in the text.
    ``span`` covers the mention as a surface form (``M. Stoltenberg``, ``Jens Stoltenberg``);
    ``name_span`` only the name (``Stoltenberg``).
    """

    span: Span
    name: str | None
    name_span: Span | None = None
    honorific: str | None = None
    role: RoleMention | None = None


@attrs.frozen
class QuoteMention:
    """Words between quotation marks, with the clause that attributes them, if any.

    ``span`` is inside the marks; ``marked`` includes them. ``speaker_span`` covers the speaker
    named in the attribution clause (a name, a title, a body such as ``l'Otan``), or the pronoun
    (``-t-il``) when ``pronoun`` is true. ``cue`` is the reporting verb.
    """

    span: Span
    marked: Span
    speaker_span: Span | None = None
    pronoun: bool = False
    cue: Span | None = None


@attrs.frozen
class ReportMention:
    """A reporting clause (``a annoncé jeudi le secrétaire général``) with or without a quote."""

    cue: Span
    sentence: Span
    speaker_span: Span | None = None
    pronoun: bool = False


@attrs.frozen
class DecisionCue:
    """Words that report a decision and give its status.

    ``cue`` is the verb group (``ont décidé``, ``sera examinée``); ``summary`` the clause saying
    what is decided; ``body`` who decides, when the sentence says.
    """

    cue: Span
    status: DecisionStatus
    sentence: Span
    summary: str
    body: str | None = None
    body_span: Span | None = None


@attrs.frozen
class MissionMention:
    """A reference to a mission or programme.

    ``key`` is the id of a known mission in :mod:`nato_iraq.extract.lexicon.missions` when the
    name or acronym is one; ``descriptive`` marks references such as ``la mission de formation
    de l'OTAN en Irak``; ``anaphoric`` marks ``cette mission`` / ``notre mission``.
    """

    span: Span
    key: str | None = None
    descriptive: bool = False
    anaphoric: bool = False


@attrs.frozen
class ScopeMention:
    """Institutions a mission advises, as one sentence lists them."""

    span: Span
    institutions: tuple[str, ...]
    added: bool = False
