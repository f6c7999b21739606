"""From bytes to a :class:`~nato_iraq.Corpus`: files, folders, strings and the bundled seeds.

Decoding is strict about what is text and lenient about how it is encoded. Every bad file is
reported by name (and line, where one applies). With ``errors="raise"`` (the default) the first
bad file raises, and the exception's ``loaded`` attribute keeps the corpus of the files parsed
before it; with ``errors="collect"`` every good file is loaded and each bad one becomes a
:class:`~nato_iraq.model.LoadProblem` in :attr:`~nato_iraq.Corpus.problems`.

What the loader does with each kind of input (one test each in ``tests/test_loading.py``):

* UTF-8 with or without a BOM; UTF-16 or UTF-32 with a BOM: decoded.
* UTF-16 (or UTF-32) *without* a BOM: recognised from where its NUL bytes fall (every second
  byte, on one side), decoded, with a :class:`~nato_iraq.NatoIraqWarning`.
* Not valid UTF-8 (latin-1, cp1252 wire copy): decoded as cp1252 with a warning naming the line.
  C1 control characters (U+0080-U+009F, cp1252 text mis-declared as latin-1) are read as the
  cp1252 characters they stand for (``\\x92`` is ``’``), and UTF-8 read as cp1252 and saved
  again (``lâ€™Otan``, ``rÃ©union``) is repaired when the whole text round-trips; both warn.
* CRLF, CR and mixed line ends become ``\\n`` (in :func:`~nato_iraq.document.build_document`);
  vertical tab (Word's manual line break), form feed and U+2028 / U+2029 become ``\\n`` here.
* Empty or whitespace-only: :class:`~nato_iraq.EmptyDocumentError`.
* A PDF, image, archive, office or RTF file (known leading bytes): :class:`~nato_iraq.NotTextError`
  naming the format. Other NUL bytes or control characters: ``NotTextError`` naming the line.
* Bytes that are neither UTF-8 nor cp1252: :class:`~nato_iraq.DecodeError` naming the line.
* HTML leftovers (``<p>``, ``&nbsp;``, ``&#8217;``): **kept as they are** -- unescaping or
  stripping would make offsets stop meaning the file's characters -- with a warning; the
  extractors read through them (a fact whose words are split by a tag may be missed).
* No line-length limit: a 10 MB file on one line loads like any other.
* A folder: every ``*.txt`` file below it (any case: ``.TXT``), recursively, in document-id order.
  Hidden files and folders (``.name``) are skipped; linked folders are followed once, so a
  link loop ends. A folder whose name ends in ``.txt`` is walked as a folder.
* A file's document id is its path below the folder loaded, without the suffix, with ``/``
  separators (``2019/otan``); a file loaded on its own, or at the top of the folder, has its
  stem. Two files with the same id (``a.txt``, ``a.TXT``): the second is a
  :class:`~nato_iraq.SourceError`.
* A broken link or a link loop, a missing or empty path: :class:`~nato_iraq.MissingPathError`.
  A file that cannot be read (permissions), a pipe or device, a folder that cannot be listed:
  ``SourceError``. A folder with no ``.txt`` file: :class:`~nato_iraq.NoTextsError`.
* An unexpected error while parsing a file (a bug) is not swallowed: it propagates, with a
  note naming the file on Python 3.11+.
"""

import codecs
import contextlib
import functools
import os
import re
import stat
import sys
import threading
import warnings
from collections.abc import Generator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import attrs

from . import _gcpause
from .corpus import Corpus
from .document import SUPPORTED_LANGUAGES, Document, build_document
from .errors import (
    DecodeError,
    EmptyDocumentError,
    MissingPathError,
    NatoIraqError,
    NatoIraqWarning,
    NoTextsError,
    NotTextError,
    SourceError,
    UnsupportedLanguageError,
)
from .model import LoadProblem

if TYPE_CHECKING:
    from importlib.abc import Traversable

    from .resolve import DocumentFacts

__all__ = ["bundled", "decode", "load", "parse", "parse_all", "seed_texts"]

Errors = Literal["raise", "collect"]

#: Leading bytes of file formats people save as ``.txt`` by mistake, and what to call them.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx / .odt document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"%!PS", "a PostScript document"),
    (b"\x7fELF", "an executable program"),
)

#: Byte-order marks, longest first (the UTF-32-LE mark begins with the UTF-16-LE one).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

#: Line separators that are not ``\n``; each becomes ``\n``, one character for one.
_LINE_BREAKS = ("\v", "\f", "\u2028", "\u2029")
#: The five C1 code points cp1252 leaves undefined: not text under any reading.
_C1_UNDEFINED = "\x81\x8d\x8f\x90\x9d"


@attrs.frozen
class _Patterns:
    """What :func:`_clean` looks for, compiled on first use so ``import nato_iraq`` stays cheap."""

    control: "re.Pattern[str]"
    """Control characters that are never part of an article (tab, line ends and form feed are)."""
    c1: "re.Pattern[str]"
    """C1 controls: in a decoded article they are cp1252 bytes read as latin-1."""
    c1_undefined: "re.Pattern[str]"
    c1_as_cp1252: dict[int, str]
    mojibake: "re.Pattern[str]"
    """UTF-8 decoded as cp1252: ``Ã©`` for ``é``, ``â€™`` for ``’``."""
    html: "re.Pattern[str]"
    """Common HTML tags and entities, to warn that markup is read as text."""


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns(
        control=re.compile(r"[\x00-\x08\x0e-\x1f\x7f]"),
        c1=re.compile(r"[\x80-\x9f]"),
        c1_undefined=re.compile(f"[{_C1_UNDEFINED}]"),
        c1_as_cp1252={
            code: bytes([code]).decode("cp1252") for code in range(0x80, 0xA0) if chr(code) not in _C1_UNDEFINED
        },
        mojibake=re.compile(
            "Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a]|â€"
        ),
        html=re.compile(
            r"</?(?:p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|table|tr|td|img|script|style|html|body|head)\b"
            r"[^<>\n]{0,200}>"
            r"|&(?:nbsp|amp|lt|gt|quot|apos|rsquo|lsquo|laquo|raquo|eacute|egrave|agrave|ccedil"
            r"|#\d{1,7}|#x[0-9a-fA-F]{1,6});"
        ),
    )


def _line(text: str, index: int) -> int:
    """The 1-based line of *index*, counting ``\\r\\n``, ``\\r`` and ``\\n`` each as one line end."""
    return text.count("\n", 0, index) + text.count("\r", 0, index) - text.count("\r\n", 0, index) + 1


def _byte_line(data: bytes, index: int) -> int:
    return data.count(b"\n", 0, index) + data.count(b"\r", 0, index) - data.count(b"\r\n", 0, index) + 1


def _where(path: str, line: int | None = None) -> str:
    return path if line is None else f"{path}, line {line}"


def _wide_codec(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 codec of BOM-less *data*, judged by where its NUL bytes fall.

    French text is nearly all below U+0100, so in UTF-16-LE every odd byte is (mostly) NUL and
    the even bytes (almost) never are; a binary file has NULs everywhere. The guess must also
    decode cleanly.
    """
    for codec, width, high, low in (
        ("utf-32-le", 4, (2, 3), 0),
        ("utf-32-be", 4, (0, 1), 3),
        ("utf-16-le", 2, (1,), 0),
        ("utf-16-be", 2, (0,), 1),
    ):
        units = len(data) // width
        if units == 0 or len(data) % width:
            continue
        if data[low::width].count(0) > units // 100:
            continue
        if all(data[lane::width].count(0) * 2 >= units for lane in high):
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                continue
            return codec
    return None


def _detect(data: bytes, path: str, notes: list[str]) -> str:
    """Decode *data* with the encoding its bytes show, adding a note for every guess."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise NotTextError(f"is {what}, not a plain text file", path)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"has a {name} byte-order mark but is not {name}: {error.reason}",
                    path,
                    _byte_line(data, error.start),
                ) from error
    if b"\x00" in data:
        wide = _wide_codec(data)
        if wide is None:
            raise NotTextError(
                "holds NUL bytes: a binary file, not a text", path, _byte_line(data, data.index(b"\x00"))
            )
        notes.append(f"{path}: has no byte-order mark; decoded as {wide.upper()} from where its NUL bytes fall")
        return data.decode(wide)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise DecodeError(
                f"byte 0x{data[error.start]:02X} is neither UTF-8 nor cp1252 text", path, _byte_line(data, error.start)
            ) from error
        line = _byte_line(data, utf8_error.start)
        notes.append(f"{_where(path, line)}: not valid UTF-8 (byte 0x{data[utf8_error.start]:02X}), decoded as cp1252")
        return text


def _clean(text: str, path: str, notes: list[str]) -> str:
    """Refuse what is not text, repair what is text misread; every change is one-to-one or warned."""
    text = text.lstrip("\ufeff")
    for separator in _LINE_BREAKS:
        if separator in text:
            text = text.replace(separator, "\n")
    patterns = _patterns()
    control = patterns.control.search(text)
    if control is not None:
        code = ord(control.group())
        raise NotTextError(f"holds control character U+{code:04X}: not a text", path, _line(text, control.start()))
    c1 = patterns.c1.search(text)
    if c1 is not None:
        undefined = patterns.c1_undefined.search(text, c1.start())
        if undefined is not None:
            code = ord(undefined.group())
            raise NotTextError(
                f"holds control character U+{code:04X}: not a text", path, _line(text, undefined.start())
            )
        notes.append(
            f"{_where(path, _line(text, c1.start()))}: C1 control characters (U+0080-U+009F) read as the "
            "cp1252 characters they stand for"
        )
        text = text.translate(patterns.c1_as_cp1252)
    mojibake = patterns.mojibake.search(text)
    if mojibake is not None:
        where = _where(path, _line(text, mojibake.start()))
        try:
            repaired = text.encode("cp1252").decode("utf-8")
        except UnicodeError:
            notes.append(f"{where}: looks like UTF-8 read as cp1252 ({mojibake.group()!r}); left as it is")
        else:
            notes.append(f"{where}: UTF-8 read as cp1252 and saved again ({mojibake.group()!r}); repaired")
            text = repaired
    if not text.strip():
        raise EmptyDocumentError("holds no text", path)
    html = patterns.html.search(text)
    if html is not None:
        notes.append(
            f"{_where(path, _line(text, html.start()))}: HTML markup ({html.group()[:20]!r}) is kept as text; "
            "the loader does not strip tags or unescape entities"
        )
    return text


def _decode(data: bytes, path: str, encoding: str | None) -> tuple[str, list[str]]:
    """The text of *data* and the warnings its decoding gave (returned, not emitted: see :func:`load`)."""
    notes: list[str] = []
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as error:
            line = _byte_line(data, error.start) if isinstance(error, UnicodeDecodeError) else None
            raise DecodeError(f"cannot be decoded as {encoding}: {error}", path, line) from error
    else:
        text = _detect(data, path, notes)
    return _clean(text, path, notes), notes


def decode(data: bytes, path: str | os.PathLike[str] = "<bytes>", encoding: str | None = None) -> str:
    """Bytes of an article to text, or a :class:`~nato_iraq.SourceError` naming *path*.

    With *encoding* given, only that encoding is tried. Guesses and repairs (see the module
    documentation) each emit a :class:`~nato_iraq.NatoIraqWarning`.

    >>> decode("l’Otan à Bagdad".encode("utf-16"), "article.txt")
    'l’Otan à Bagdad'
    """
    text, notes = _decode(data, os.fspath(path), encoding)
    for note in notes:
        warnings.warn(note, NatoIraqWarning, stacklevel=2)
    return text


def parse(text: str, doc_id: str = "text", *, source: str | None = None, language: str | None = None) -> Corpus:
    """Parse one article given as a string into a one-document :class:`~nato_iraq.Corpus`.

    Raise :class:`~nato_iraq.EmptyDocumentError` when *text* is empty or whitespace only, and
    :class:`~nato_iraq.UnsupportedLanguageError` when it is in a language the extractors do not
    read (French and English), rather than parse it as if it were French. *language* (``"fr"``,
    ``"en"``) overrides the detection.
    Parsing is a pure function of the text and id, so documents may be parsed anywhere (other
    processes, a cluster) and their corpora combined with :meth:`~nato_iraq.Corpus.merge`.

    >>> corpus = parse("Le secrétaire général de l'OTAN, Jens Stoltenberg, a annoncé jeudi 4 mars 2021 ...")
    >>> corpus.officials[0].name
    'Jens Stoltenberg'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    from .resolve import analyse  # the extractors load on first parse, not on import

    return _corpus(analyse(_document(text, doc_id, source, language)))


def parse_all(
    texts: "Mapping[str, str] | Iterable[tuple[str, str]]",
    *,
    errors: Errors = "raise",
    language: str | None = None,
) -> Corpus:
    """Parse many articles given as strings into one :class:`~nato_iraq.Corpus`.

    *texts* maps document ids to texts, or gives ``(id, text)`` pairs -- rows from a database,
    a data frame's columns zipped -- and is read as it is parsed: a generator is never held
    whole, only the facts read from it. The corpus is the one :meth:`~nato_iraq.Corpus.merge`
    makes of :func:`parse` of each text, made faster: the texts are analysed in batches (each
    extractor run across several texts before the next), the corpus is built once, and
    Python's cyclic garbage collector is paused meanwhile, as in :func:`load`. Parse a
    collection this way rather than text by text.

    Args:
        texts: ``{id: text}``, or an iterable of ``(id, text)`` pairs; ids must be unique.
        errors: ``"raise"`` stops at the first text that cannot be parsed, with its error (whose
            ``loaded`` attribute holds the corpus of the texts before it); ``"collect"`` parses
            every other text and lists each bad one in :attr:`~nato_iraq.Corpus.problems`, its
            document id as the problem's ``path``.
        language: read every text as this language (``"fr"`` or ``"en"``), as :func:`parse` does.

    >>> corpus = parse_all({"a": "Le secrétaire général de l'OTAN, Jens Stoltenberg, a parlé jeudi.", "b": " "},
    ...                    errors="collect")
    >>> [d.id for d in corpus.documents], [(p.path, p.error) for p in corpus.problems]
    (['a'], [('b', 'EmptyDocumentError')])

    Raises:
        EmptyDocumentError, UnsupportedLanguageError: a text that cannot be parsed, as for
            :func:`parse`; SourceError: an id given twice (``"raise"`` mode).
        TypeError: *texts* is a string, or holds something other than pairs of strings.
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    if isinstance(texts, str | bytes):
        raise TypeError(f"parse_all() takes a mapping or (id, text) pairs, not a {type(texts).__name__}")
    _check_language(language)
    from .resolve import batched

    pairs = texts.items() if isinstance(texts, Mapping) else texts
    facts: list[DocumentFacts] = []
    problems: list[LoadProblem] = []
    seen: set[str] = set()
    with _gcpause.paused():
        for batch in batched(map(_pair, pairs), _text_length):
            documents: list[Document] = []
            for doc_id, text in batch:
                try:
                    if doc_id in seen:
                        raise SourceError("is a document id given twice (ids must be unique)", doc_id)
                    seen.add(doc_id)
                    documents.append(_document(text, doc_id, None, language))
                except NatoIraqError as error:
                    if errors == "raise":
                        error.loaded = Corpus._of_parts([*facts, *_analysed(documents)])
                        raise
                    problems.append(_problem(error, doc_id))
            facts += _analysed(documents)
        corpus = Corpus._of_parts(facts, problems)
        # the per-document records merged away are freed now, not walked by the collection
        # that the end of the pause lets run
        del facts
        return corpus


def _analysed(documents: list[Document]) -> "list[DocumentFacts]":
    """``resolve.analyse_all`` of *documents*; a bug in an extractor propagates with a note
    naming the text it failed on (found by analysing the batch's texts one at a time)."""
    from .resolve import analyse, analyse_all

    try:
        return analyse_all(documents)
    except Exception:
        for document in documents:
            try:
                analyse(document)
            except Exception as error:
                if sys.version_info >= (3, 11):
                    error.add_note(f"while parsing text {document.id!r}")
                raise
        raise


def _pair(item: object) -> tuple[str, str]:
    """*item* as a ``(document id, text)`` pair of strings, or the ``TypeError`` of :func:`parse_all`."""
    if isinstance(item, tuple | list) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], str):
        return item[0], item[1]
    raise TypeError(f"parse_all() takes (document id, text) pairs of str, not {_short(item)}")


def _short(item: object) -> str:
    shown = repr(item)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _text_length(pair: tuple[str, str]) -> int:
    return len(pair[1])


def _check_language(language: str | None, where: str | None = None) -> None:
    """Refuse a *language* given that the extractors do not read (``None`` is detected per text)."""
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(f"language {language!r} is not one the extractors read", where)


def _document(text: str, doc_id: str, source: str | None, language: str | None) -> "Document":
    """The document :func:`parse` analyses, or the error that refuses it."""
    if not text.strip():
        raise EmptyDocumentError("holds no text", doc_id)
    _check_language(language, doc_id)
    document = build_document(text, doc_id, source=source, language=language)
    if document.language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(
            f"is in a language the extractors do not read ({document.language!r}); they read "
            f"{', '.join(SUPPORTED_LANGUAGES)} -- pass language= to override",
            source or doc_id,
        )
    return document


def _corpus(facts: "DocumentFacts") -> Corpus:
    return Corpus._of_parts([facts])


# --- files and folders ------------------------------------------------------------------------------


def _broken_link(path: Path) -> MissingPathError:
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return MissingPathError(f"is a broken link (to {target}: missing, or the links loop)", path)


def _read(path: Path) -> bytes:
    """The bytes of a regular file, or the :class:`~nato_iraq.SourceError` saying why not."""
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise (_broken_link(path) if os.path.islink(path) else MissingPathError("does not exist", path)) from error
    except OSError as error:
        if os.path.islink(path):
            raise _broken_link(path) from error
        raise SourceError(f"cannot be read: {error.strerror or error}", path) from error
    if stat.S_ISDIR(info.st_mode):
        raise SourceError("is a folder where a text file was expected", path)
    if not stat.S_ISREG(info.st_mode):
        raise SourceError("is not a regular file (a pipe, socket or device)", path)
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise MissingPathError("does not exist", path) from error
    except IsADirectoryError as error:
        raise SourceError("is a folder where a text file was expected", path) from error
    except PermissionError as error:
        raise SourceError("cannot be read: permission denied", path) from error
    except OSError as error:
        raise SourceError(f"cannot be read: {error.strerror or error}", path) from error


#: One file to load: its path, its document id, and the error already known about it.
_Entry = tuple[Path, str, "SourceError | None"]
#: What loading one file gave: the facts read from it or its error, and the warnings to emit.
#: Facts, not a corpus: the loader builds one corpus from every file's facts at the end, which
#: merges people and missions once instead of once per file and once more for the whole.
_Outcome = tuple["DocumentFacts | NatoIraqError", tuple[str, ...]]


def _is_txt(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(".txt") and len(name) > len(".txt")


def _walk(root: Path) -> list[_Entry]:
    """Every ``.txt`` file below *root*: hidden names skipped, linked folders followed once."""
    found: list[_Entry] = []

    def unlisted(error: OSError) -> None:
        where = Path(error.filename) if error.filename else root
        found.append((where, "", SourceError(f"cannot be listed: {error.strerror or error}", where)))

    seen: set[tuple[int, int]] = set()
    for folder, subfolders, names in os.walk(root, onerror=unlisted, followlinks=True):
        try:
            info = os.stat(folder)
        except OSError:
            subfolders[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:  # a link back to a folder already walked
            subfolders[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in names:
            if _is_txt(name):
                file = Path(folder, name)
                found.append((file, file.relative_to(root).with_suffix("").as_posix(), None))
    found.sort(key=lambda entry: (entry[1], str(entry[0])))
    taken: dict[str, Path] = {}
    result: list[_Entry] = []
    for file, doc_id, error in found:
        if error is None and doc_id in taken:
            error = SourceError(f"has the same document id {doc_id!r} as {taken[doc_id]}", file)
        elif error is None:
            taken[doc_id] = file
        result.append((file, doc_id, error))
    return result


def _files(path: Path) -> list[_Entry]:
    """The files a path given to :func:`load` stands for."""
    if not os.path.lexists(path):
        raise MissingPathError("does not exist", path)
    if not path.exists():
        raise _broken_link(path)
    if not path.is_dir():
        return [(path, path.stem, None)]
    entries = _walk(path)
    if not entries:
        raise NoTextsError("holds no .txt file", path)
    return entries


def _problem(error: NatoIraqError, path: Path | str) -> LoadProblem:
    line = getattr(error, "line", None)
    return LoadProblem(path=str(path), error=type(error).__name__, message=str(error), line=line)


def _load_one(path: Path, doc_id: str, encoding: str | None, language: str | None = None) -> _Outcome:
    """Read, decode and parse one file (in this process or a worker); errors are returned."""
    from .resolve import analyse

    try:
        text, notes = _decode(_read(path), str(path), encoding)
        return analyse(_document(text, doc_id, str(path), language)), tuple(notes)
    except NatoIraqError as error:
        return error, ()
    except Exception as error:
        _note(error, path)
        raise


def _note(error: Exception, path: Path) -> None:
    if sys.version_info >= (3, 11):
        error.add_note(f"while loading {path}")


def _load_batch(items: list[tuple[Path, str]], encoding: str | None, language: str | None = None) -> list[_Outcome]:
    """:func:`_load_one` of a few files, their analyses run together (see ``resolve.analyse_all``)."""
    from .resolve import analyse_all

    outcomes: list[_Outcome | None] = []
    ready: list[tuple[int, Document, tuple[str, ...]]] = []
    for path, doc_id in items:
        try:
            text, notes = _decode(_read(path), str(path), encoding)
            document = _document(text, doc_id, str(path), language)
        except NatoIraqError as error:
            outcomes.append((error, ()))
            continue
        except Exception as error:
            _note(error, path)
            raise
        ready.append((len(outcomes), document, tuple(notes)))
        outcomes.append(None)
    try:
        facts = analyse_all([document for _, document, _ in ready])
    except Exception:
        # a bug in an extractor: analyse the files one at a time, so that the error names its file
        return [_load_one(path, doc_id, encoding, language) for path, doc_id in items]
    for (index, _, warned), found in zip(ready, facts, strict=True):
        outcomes[index] = (found, warned)
    return [outcome for outcome in outcomes if outcome is not None]


def _results(
    entries: list[_Entry], encoding: str | None, workers: int, language: str | None = None
) -> Generator[tuple[Path, _Outcome], None, None]:
    """Each entry's outcome, in entry order; with *workers*, parsed ahead in other processes.

    Files are parsed in ``resolve.batched`` batches, bounded by count and by their sizes on disk
    (in order; a batch is parsed whole even when raise mode stops at one of its files). With
    workers, batches are small enough to give each worker several, so that none waits idle
    while another parses the last large batch.
    """
    from .resolve import BATCH, batched

    todo = [(path, doc_id) for path, doc_id, error in entries if error is None]
    most = BATCH if workers <= 1 else max(1, min(BATCH, -(-len(todo) // (4 * workers))))
    batches = list(batched(todo, _file_size, most))
    if workers > 1 and len(batches) > 1:
        from concurrent.futures import ProcessPoolExecutor  # imports multiprocessing: only when asked

        pool = ProcessPoolExecutor(max_workers=workers)
        try:
            results = pool.map(
                _load_batch,
                batches,
                [encoding] * len(batches),
                [language] * len(batches),
                chunksize=max(1, len(batches) // (workers * 8)),
            )
            yield from _in_order(entries, (outcome for batch in results for outcome in batch))
        finally:
            # stopping early (raise mode) must not wait for the files nobody will read
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        lazily = (outcome for batch in batches for outcome in _load_batch(batch, encoding, language))
        yield from _in_order(entries, lazily)


def _file_size(item: tuple[Path, str]) -> int:
    """The size of a file in bytes, about its length in characters (0 when it cannot be read:
    reading it will report why)."""
    try:
        return item[0].stat().st_size
    except OSError:
        return 0


def _in_order(entries: list[_Entry], outcomes: Iterator[_Outcome]) -> Generator[tuple[Path, _Outcome], None, None]:
    """Each entry with its outcome: its own error if it has one, else the next parsed outcome."""
    for path, _, error in entries:
        yield path, ((error, ()) if error is not None else next(outcomes))


def load(
    path: str | os.PathLike[str] | None = None,
    *,
    errors: Errors = "raise",
    encoding: str | None = None,
    workers: int = 1,
    language: str | None = None,
) -> Corpus:
    """Load a corpus: the bundled seed articles, or a user's ``.txt`` file or folder.

    Args:
        path: a ``.txt`` file, or a folder searched recursively for ``*.txt`` (see the module
            documentation for hidden files, links and document ids). ``None`` gives the bundled
            seed corpus (built once, on first use, and shared).
        errors: ``"raise"`` stops at the first bad file with its error (whose ``loaded`` attribute
            holds what was parsed before it); ``"collect"`` loads every good file and lists the
            bad ones in :attr:`~nato_iraq.Corpus.problems`.
        encoding: force one encoding instead of the UTF-8 / UTF-16 / cp1252 detection.
        language: read every file as this language (``"fr"`` or ``"en"``) instead of detecting
            it per file; a file detected as another language is an
            :class:`~nato_iraq.UnsupportedLanguageError`.
        workers: parse across this many processes (parsing is per document; results merge).
            Warnings raised while decoding in a worker are emitted here, in file order.

    Python's cyclic garbage collector is paused while the corpus is built (the facts hold no
    reference cycles; its passes over them only cost time) and left as it was found.

    Raises:
        MissingPathError: *path* does not exist. NoTextsError: a folder without ``.txt`` files.
        DecodeError, NotTextError, EmptyDocumentError, SourceError: a bad file (``"raise"`` mode).
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int, not {workers!r}")
    if path is None:
        return bundled()
    if os.fspath(path) == "":
        raise MissingPathError("is an empty path, not a file or folder", "''")
    # the corpus grows to millions of objects, none in a reference cycle (see _gcpause)
    with _gcpause.paused():
        return _load(Path(path), errors, encoding, workers, language)


def _load(path: Path, errors: Errors, encoding: str | None, workers: int, language: str | None) -> Corpus:
    """:func:`load` of a file or folder, once its arguments are checked."""
    entries = _files(path)
    facts: list[DocumentFacts] = []
    problems: list[LoadProblem] = []
    with contextlib.closing(_results(entries, encoding, workers, language)) as results:
        for file, (result, notes) in results:
            for note in notes:
                warnings.warn(note, NatoIraqWarning, stacklevel=3)  # where load() was called
            if isinstance(result, NatoIraqError):
                if errors == "raise":
                    result.loaded = Corpus._of_parts(facts)
                    raise result
                problems.append(_problem(result, file))
            else:
                facts.append(result)
        return Corpus._of_parts(facts, problems)


# --- the bundled seeds ----------------------------------------------------------------------------

_BUNDLED: Corpus | None = None
_BUNDLED_LOCK = threading.Lock()


def _seed_folder() -> "Traversable":
    """The seeds inside the installed package, or the repository's top-level copy in a checkout."""
    from importlib import resources  # not at import time: it pulls in zipfile and more

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
