"""From bytes to a :class:`~nato_iraq.Corpus`: files, folders, strings and the bundled seeds.

Decoding is strict about what is text and lenient about how it is encoded: UTF-8 with or without
a BOM, UTF-16 with a BOM, and -- with a :class:`~nato_iraq.errors.NatoIraqWarning` -- cp1252 for
files that are not valid UTF-8 (old wire copy). Line ends become ``\\n``. A file with NUL bytes or
other control characters is not text and is refused with :class:`~nato_iraq.NotTextError`.

Every bad file is reported by name. With ``errors="raise"`` (the default) the first one raises,
and the exception's ``loaded`` attribute keeps the corpus of the files parsed before it; with
``errors="collect"`` every good file is loaded and each bad one becomes a
:class:`~nato_iraq.model.LoadProblem` in :attr:`~nato_iraq.Corpus.problems`.
"""

import codecs
import os
import threading
import warnings
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .corpus import Corpus
from .document import build_document
from .errors import (
    DecodeError,
    EmptyDocumentError,
    MissingPathError,
    NatoIraqError,
    NatoIraqWarning,
    NoTextsError,
    NotTextError,
    SourceError,
)
from .model import LoadProblem

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["decode", "load", "parse"]

Errors = Literal["raise", "collect"]

_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


def decode(data: bytes, path: str | os.PathLike[str] = "<bytes>", encoding: str | None = None) -> str:
    """Bytes of an article to text, or a :class:`~nato_iraq.SourceError` naming *path*.

    With *encoding* given, only that encoding is tried.
    """
    path = os.fspath(path)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as error:
            raise DecodeError(f"cannot be decoded as {encoding}: {error}", path) from error
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise DecodeError(f"has a UTF-16 byte-order mark but is not UTF-16: {error}", path) from error
    else:
        if b"\x00" in data:
            line = data.count(b"\n", 0, data.index(b"\x00")) + 1
            raise NotTextError("holds NUL bytes: a binary file, not a text", path, line)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as utf8_error:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as error:
                line = data.count(b"\n", 0, utf8_error.start) + 1
                raise DecodeError("is neither UTF-8 nor cp1252 text", path, line) from error
            warnings.warn(f"{path}: not valid UTF-8, decoded as cp1252", NatoIraqWarning, stacklevel=3)
    text = text.lstrip("\ufeff")
    for index, char in enumerate(text):
        if ord(char) in _CONTROL:
            line = text.count("\n", 0, index) + 1
            raise NotTextError(f"holds control character U+{ord(char):04X}: not a text", path, line)
    if not text.strip():
        raise EmptyDocumentError("holds no text", path)
    return text


def parse(text: str, doc_id: str = "text", *, source: str | None = None) -> Corpus:
    """Parse one article given as a string into a one-document :class:`~nato_iraq.Corpus`.

    Raise :class:`~nato_iraq.EmptyDocumentError` when *text* is empty or whitespace only.

    >>> corpus = parse("Le secrétaire général de l'OTAN, Jens Stoltenberg, a annoncé jeudi 4 mars 2021 ...")
    >>> corpus.officials[0].name
    'Jens Stoltenberg'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    if not text.strip():
        raise EmptyDocumentError("holds no text", doc_id)
    from .resolve import analyse  # the extractors load on first parse, not on import

    document = build_document(text, doc_id, source=source)
    facts = analyse(document)
    return Corpus.build(
        documents=[facts.document],
        officials=facts.officials,
        missions=facts.missions,
        decisions=facts.decisions,
        announcements=facts.announcements,
        temporal_expressions=facts.temporal_expressions,
        figures=facts.figures,
    )


def _read(path: Path, encoding: str | None) -> str:
    try:
        if path.is_dir():
            raise SourceError("is a folder where a text file was expected", path)
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise MissingPathError("does not exist (or is a broken link)", path) from error
    except IsADirectoryError as error:
        raise SourceError("is a folder where a text file was expected", path) from error
    except OSError as error:
        raise SourceError(f"cannot be read: {error.strerror or error}", path) from error
    return decode(data, path, encoding)


def _parse_file(path: Path, encoding: str | None) -> Corpus:
    return parse(_read(path, encoding), path.stem, source=str(path))


def _files(path: Path) -> list[Path]:
    if not os.path.lexists(path):
        raise MissingPathError("does not exist", path)
    if not path.exists():
        raise MissingPathError("is a broken link", path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise SourceError("is neither a file nor a folder", path)
    files = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".txt" and not p.name.startswith("."))
    if not files:
        raise NoTextsError("holds no .txt file", path)
    return files


def _problem(error: NatoIraqError, path: Path) -> LoadProblem:
    line = getattr(error, "line", None)
    return LoadProblem(path=str(path), error=type(error).__name__, message=str(error), line=line)


def _results(files: list[Path], encoding: str | None, workers: int) -> Iterator[tuple[Path, Corpus | NatoIraqError]]:
    if workers > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            chunks = max(1, len(files) // (workers * 8))
            yield from zip(files, pool.map(_safe_parse, files, [encoding] * len(files), chunksize=chunks), strict=True)
    else:
        for file in files:
            yield file, _safe_parse(file, encoding)


def _safe_parse(path: Path, encoding: str | None) -> Corpus | NatoIraqError:
    try:
        return _parse_file(path, encoding)
    except NatoIraqError as error:
        return error


def load(
    path: str | os.PathLike[str] | None = None,
    *,
    errors: Errors = "raise",
    encoding: str | None = None,
    workers: int = 1,
) -> Corpus:
    """Load a corpus: the bundled seed articles, or a user's ``.txt`` file or folder.

    Args:
        path: a ``.txt`` file, or a folder searched recursively for ``*.txt``. ``None`` gives the
            bundled seed corpus (built once, on first use, and shared).
        errors: ``"raise"`` stops at the first bad file with its error (whose ``loaded`` attribute
            holds what was parsed before it); ``"collect"`` loads every good file and lists the
            bad ones in :attr:`~nato_iraq.Corpus.problems`.
        encoding: force one encoding instead of the UTF-8 / UTF-16 / cp1252 detection.
        workers: parse across this many processes (parsing is per document; results merge).

    Raises:
        MissingPathError: *path* does not exist. NoTextsError: a folder without ``.txt`` files.
        DecodeError, NotTextError, EmptyDocumentError: a bad file (in ``"raise"`` mode).
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    if path is None:
        return bundled()
    files = _files(Path(path))
    corpora: list[Corpus] = []
    problems: list[LoadProblem] = []
    for file, result in _results(files, encoding, workers):
        if isinstance(result, NatoIraqError):
            if errors == "raise":
                result.loaded = Corpus().merge(*corpora)
                raise result
            problems.append(_problem(result, file))
        else:
            corpora.append(result)
    return _combine(corpora, problems)


def _combine(corpora: Iterable[Corpus], problems: list[LoadProblem]) -> Corpus:
    return Corpus().merge(*corpora, Corpus(problems=tuple(problems)))


# --- the bundled seeds ----------------------------------------------------------------------------

_BUNDLED: Corpus | None = None
_BUNDLED_LOCK = threading.Lock()


def _seed_folder() -> "Traversable":
    """The seeds inside the installed package, or the repository's top-level copy in a checkout."""
    packaged = resources.files("nato_iraq").joinpath("seeds")
    if packaged.is_dir():
        return packaged
    # editable install or source checkout: the single copy lives at the repository root
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    raise SourceError("the bundled seed articles are missing from this installation", str(packaged))


def seed_texts() -> list[tuple[str, str]]:
    """``(document id, text)`` of every bundled seed article, in id order."""
    folder = _seed_folder()
    items = sorted((entry.name, entry) for entry in folder.iterdir() if entry.name.endswith(".txt"))
    return [(name[: -len(".txt")], decode(entry.read_bytes(), f"seeds/{name}")) for name, entry in items]


def bundled() -> Corpus:
    """The bundled seed corpus, parsed once on first use (thread-safe)."""
    global _BUNDLED
    if _BUNDLED is None:
        with _BUNDLED_LOCK:
            if _BUNDLED is None:
                _BUNDLED = Corpus().merge(*(parse(text, doc_id) for doc_id, text in seed_texts()))
    return _BUNDLED
