"""The library's exceptions.

Every error raised on purpose derives from :class:`NatoIraqError`, so one ``except`` catches them
all, and each also derives from the built-in a caller would naturally catch (a missing file is an
:class:`OSError`, a name not found a :class:`LookupError`), as attrs does with its own errors.
"""

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = [
    "DecodeError",
    "EmptyDocumentError",
    "MissingPathError",
    "NatoIraqError",
    "NatoIraqWarning",
    "NoTextsError",
    "NotFoundError",
    "NotTextError",
    "SchemaError",
    "SourceError",
    "UnsupportedLanguageError",
]


class NatoIraqError(Exception):
    """Base class of every error the library raises on purpose.

    ``loaded`` is set when loading stopped at this error: the corpus of the files parsed before
    it, so nothing already loaded is lost.
    """

    loaded: "Corpus | None" = None


class SourceError(NatoIraqError, OSError):
    """A path given to the loader cannot be used: missing, unreadable, not a regular file, or not text.

    ``path`` names the file or folder; ``line`` the 1-based line where it applies, if any.
    """

    def __init__(self, message: str, path: str | os.PathLike[str] | None = None, line: int | None = None) -> None:
        where = ""
        if path is not None:
            where = f"{path}"
            if line is not None:
                where += f", line {line}"
            where += ": "
        super().__init__(where + message)
        self.path = None if path is None else os.fspath(path)
        self.line = line
        self.reason = message

    def __reduce__(self) -> tuple[type["SourceError"], tuple[str, str | None, int | None]]:
        return (type(self), (self.reason, self.path, self.line))


class MissingPathError(SourceError, FileNotFoundError):
    """A path given to the loader does not exist (or is a broken link)."""


class NoTextsError(SourceError):
    """A folder holds no ``.txt`` file."""


class DecodeError(SourceError, UnicodeError):
    """A file's bytes are not text in any encoding the loader accepts."""


class NotTextError(SourceError, ValueError):
    """A file is binary (or otherwise not a text) rather than an article."""


class EmptyDocumentError(SourceError, ValueError):
    """A file or string holds no text at all (empty, or whitespace only)."""


class UnsupportedLanguageError(SourceError, ValueError):
    """A text in a language the extractors do not read (they read French and English)."""


class NotFoundError(NatoIraqError, LookupError):
    """No official, mission or other record matches the name asked for."""


class SchemaError(NatoIraqError, ValueError):
    """JSON that does not describe the type asked for, or from an unknown schema version."""


class NatoIraqWarning(UserWarning):
    """Something was loaded, but not as the file said, and the loader had to guess or repair.

    A file decoded as cp1252 because it is not UTF-8, UTF-16 recognised without a byte-order
    mark, C1 control characters read as cp1252, UTF-8 that had been read as cp1252 repaired, or
    HTML markup kept as text. Each message names the file and, where it applies, the line. Turn
    them into errors with ``warnings.simplefilter("error", NatoIraqWarning)`` to refuse guesses.
    """
