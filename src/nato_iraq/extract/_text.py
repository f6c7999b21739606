"""Text helpers every extractor shares: cached views of a document, accent folding, tries.

Each extractor reads the same two views of a document -- :func:`view` (the document's
:func:`~nato_iraq.document.analysis_text`) and :func:`folded_view` (the same with accents removed).
Both have the document's length, so offsets found in them are offsets in ``document.text``.
They are computed once per document and kept for the few documents most recently parsed, so six
extractors do not fold the same text six times.
"""

import functools
import re
import unicodedata
import weakref
from collections.abc import Callable, Iterable

from ..document import Document, Furniture, analysis_text
from ._cache import BATCH, Recent

__all__ = [
    "alternation",
    "fold_accents",
    "fold_lower",
    "folded_view",
    "lower_view",
    "lower_view_as_str_lower",
    "trie",
    "view",
]


@functools.cache
def _base_letter(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


@functools.cache
def _latin1_tables() -> tuple[bytes, bytes]:
    """Per Latin-1 byte: the folded letter keeping case, and the folded lower-case letter."""
    keep = bytearray(range(256))
    lower = bytearray(range(256))
    for code in range(256):
        char = chr(code)
        base = _base_letter(char)
        if len(base) == 1 and ord(base) < 256:
            keep[code] = ord(base)
        low = base.lower()
        if len(low) == 1 and ord(low) < 256:
            lower[code] = ord(low)
    return bytes(keep), bytes(lower)


def _translate(text: str, table: bytes, lower: bool) -> str:
    """Translate the Latin-1 part of *text* by *table*; put other characters back, folded.

    Characters outside Latin-1 are encoded as ``?``, one byte each, so offsets stay those of
    *text*; the few ``?`` bytes are then looked at one by one (``str.find`` in C), and those
    that stand for another character get it back, folded. No per-character scan in Python or
    regex, and no exception for the one text in five with a dash or an ``œ``.
    """
    data = text.encode("latin-1", "replace")
    folded = data.translate(table).decode("latin-1")
    at = data.find(b"?")
    if at < 0:
        return folded
    parts: list[str] = []
    last = 0
    while at >= 0:
        char = text[at]
        if char != "?":
            parts.append(folded[last:at])
            parts.append(_fold_char(char, lower))
            last = at + 1
        at = data.find(b"?", at + 1)
    if not parts:
        return folded
    parts.append(folded[last:])
    return "".join(parts)


@functools.cache
def _fold_char(char: str, lower: bool) -> str:
    base = _base_letter(char)
    if lower:
        low = base.lower()
        return low if len(low) == 1 else base
    return base


def fold_accents(text: str) -> str:
    """*text* with accented Latin letters replaced by their base letter; same length, case kept.

    >>> fold_accents("Haïdar Élysée, Şahin Łódź")
    'Haidar Elysee, Sahin Łodz'

    French copy is Latin-1 but for a few characters, so this is one C-level byte translation;
    the rare characters outside Latin-1 (``œ``, ``–``, ``Ł``) are put back, folded where they
    have a base letter.
    """
    if text.isascii():
        return text
    return _translate(text, _latin1_tables()[0], lower=False)


def fold_lower(text: str) -> str:
    """*text* accent-folded and lower-cased, same length: the form lexicon patterns match.

    >>> fold_lower("Défense – ŒUVRE İ")
    'defense – œuvre i'

    A letter whose lower case would be longer than one character is kept as it is. Plain ASCII
    text (most English copy) has no accent to fold: :meth:`str.lower` is then the same, in one pass.
    """
    if text.isascii():
        return text.lower()
    return _translate(text, _latin1_tables()[1], lower=True)


class _Views:
    """The views of one document's text: :func:`view` at once, the folded ones when first asked."""

    __slots__ = ("folded", "lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded: str | None = None
        self.lower: str | None = None


def _views(document: Document) -> _Views:
    """The views of *document*, made on first use.

    Cached on the text and its furniture, not on the document: the resolver gives a document
    its date after reading it (``attrs.evolve``), and that must not make every extractor fold
    the same text again. The extractors ask a dozen times per document, so the document last
    asked about is remembered too: that answer needs no hashing of its furniture.
    """
    last = _last
    if last is not None and last[0]() is document:
        return last[1]
    # keyed on the text (a string keeps its hash); the furniture, which would be hashed record by
    # record, is compared on a hit (a dated copy of a document shares the same tuple)
    entry = _VIEWS.get(document.text)
    if entry is None or entry[0] != document.furniture:
        entry = (document.furniture, _Views(analysis_text(document)))
        _VIEWS.put(document.text, entry)
    _remember(document, entry[1])
    return entry[1]


def _remember(document: Document, views: _Views) -> None:
    global _last
    # one tuple replaced at once: safe to read from any thread; a weak reference, so that the
    # last document read is not kept alive by this cache (nor what other caches tie to it)
    _last = (weakref.ref(document), views)


def forget(document: Document) -> None:
    """Drop the views of *document*: it has been read, and a long text's views are several
    copies of it (see ``resolve.analyse_all``)."""
    global _last
    _VIEWS.discard(document.text)
    _last = None


_VIEWS: "Recent[str, tuple[tuple[Furniture, ...], _Views]]" = Recent(2 * BATCH)
"""The views of the documents most recently read, by text (with the furniture they were made for)."""

_last: "tuple[weakref.ref[Document], _Views] | None" = None
"""The document whose views were asked for last, and those views."""


def view(document: Document) -> str:
    """:func:`~nato_iraq.document.analysis_text` of *document*, computed once."""
    return _views(document).text


def folded_view(document: Document) -> str:
    """:func:`view` with accents folded (:func:`fold_accents`), computed once."""
    views = _views(document)
    folded = views.folded
    if folded is None:
        folded = views.folded = fold_accents(views.text)
    return folded


def lower_view(document: Document) -> str:
    """:func:`view` folded and lower-cased (:func:`fold_lower`), computed once."""
    views = _views(document)
    lower = views.lower
    if lower is None:
        lower = views.lower = fold_lower(views.text)
    return lower


def lower_view_as_str_lower(document: Document) -> str:
    """:func:`folded_view` lower-cased as ``str.lower`` does it, letter for letter in length.

    The same as :func:`lower_view`, computed once per document, unless the text holds a capital
    sigma: ``str.lower`` makes a word-final ``Σ`` a final ``ς`` where :func:`lower_view` lowers
    letter by letter. The figure and mission patterns were written against the former. A rare
    letter whose lower case is longer (``İ``) is left as it is, so offsets hold.
    """
    if "\u03a3" not in view(document):
        return lower_view(document)
    folded = folded_view(document)
    lowered = folded.lower()
    if len(lowered) != len(folded):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    return lowered


def trie(words: Iterable[str], char: Callable[[str], str] = re.escape) -> str:
    """A regex alternation of *words* shaped as a trie.

    Shared prefixes are tried once, which keeps a pattern of a few hundred alternatives fast
    and free of backtracking between alternatives. *char* renders one character.

    >>> trie(["mai", "mars", "mardi"])
    'ma(?:i|r(?:di|s))'
    """
    root: dict[str, dict[str, object]] = {}
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})  # type: ignore[assignment]
        node[""] = {}

    def build(node: dict[str, dict[str, object]]) -> str:
        branches = [char(c) + build(child) for c, child in sorted(node.items()) if c]  # type: ignore[arg-type]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return build(root)


def alternation(words: Iterable[str]) -> str:
    """:func:`trie` of *words* where a space matches one to three spaces."""
    return trie(words, lambda c: " {1,3}" if c == " " else re.escape(c))
