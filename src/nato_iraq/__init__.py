"""nato_iraq: what the public record says about NATO's engagement in Iraq, as typed facts.

French and English news texts and press releases become immutable, typed records -- missions, decisions,
officials, announcements -- each pointing back at the characters it was read from.

>>> import nato_iraq
>>> corpus = nato_iraq.load()
>>> corpus.lookup_official("stoltenberg").name
'Jens Stoltenberg'

Importing the package parses nothing: the bundled corpus is built on the first :func:`load`.
"""

from .corpus import Corpus, TimelineEvent
from .dates import DateRange, PartialDate, Precision, RangeKind, TimeValue
from .document import DateBasis, Document, DocumentDate, Furniture, FurnitureKind, Span
from .errors import (
    DecodeError,
    EmptyDocumentError,
    MissingPathError,
    NatoIraqError,
    NatoIraqWarning,
    NoTextsError,
    NotFoundError,
    NotTextError,
    SchemaError,
    SourceError,
    UnsupportedLanguageError,
)
from .loading import load, parse, parse_all
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
from .serialization import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata on first use.

    Lazy because ``importlib.metadata`` costs about 20 ms to import, more than the rest of
    ``import nato_iraq``; a source tree that is not installed falls back to ``_version.py``,
    the one place the version is written (hatch reads it from there).
    """
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("nato-iraq")
        except PackageNotFoundError:  # pragma: no cover - a source tree that is not installed
            from ._version import __version__

            return __version__
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "Announcement",
    "Approximation",
    "Corpus",
    "DateBasis",
    "DateRange",
    "Decision",
    "DecisionStatus",
    "DecodeError",
    "Document",
    "DocumentDate",
    "EmptyDocumentError",
    "FigureRole",
    "Furniture",
    "FurnitureKind",
    "LoadProblem",
    "MissingPathError",
    "Mission",
    "NatoIraqError",
    "NatoIraqWarning",
    "NoTextsError",
    "NotFoundError",
    "NotTextError",
    "Official",
    "PartialDate",
    "PersonnelFigure",
    "Precision",
    "Quote",
    "RangeKind",
    "Role",
    "SchemaError",
    "ScopeReport",
    "SourceError",
    "Span",
    "StrengthReport",
    "TemporalExpression",
    "TimeValue",
    "TimelineEvent",
    "TimexKind",
    "UnsupportedLanguageError",
    "__version__",
    "from_dict",
    "from_json",
    "load",
    "parse",
    "parse_all",
    "to_dict",
    "to_json",
]
