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
from collections.abc import Callable, Iterable

from ..document import Document, analysis_text

__all__ = ["alternation", "fold_accents", "folded_view", "trie", "view"]


@functools.cache
def _base_letter(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


def fold_accents(text: str) -> str:
    """*text* with accented Latin letters replaced by their base letter; same length, case kept.

    >>> fold_accents("Haïdar Élysée")
    'Haidar Elysee'

    Faster than ``str.translate`` with a large table: French prose has a handful of distinct
    accented letters, each replaced in one C-level pass.
    """
    if text.isascii():
        return text
    for char in set(text):
        if char.isascii():
            continue
        base = _base_letter(char)
        if base != char:
            text = text.replace(char, base)
    return text


@functools.lru_cache(maxsize=16)
def view(document: Document) -> str:
    """:func:`~nato_iraq.document.analysis_text` of *document*, computed once."""
    return analysis_text(document)


@functools.lru_cache(maxsize=16)
def folded_view(document: Document) -> str:
    """:func:`view` with accents folded (:func:`fold_accents`), computed once."""
    return fold_accents(view(document))


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
