"""Where a fact was read: :class:`Span`, characters of a document with their text.

Spans are the most numerous objects of a corpus (every fact has one or more) and the sentences
cited as evidence cover most of each text, so a span that copied its characters would make a
corpus hold every text about twice over. A span the library makes holds a reference to its
document's text instead and slices it when :attr:`Span.text` is read; a span built directly holds
the text it is given. Either way it behaves as the frozen value it is: equal when document id,
offsets and text are equal, hashable, immutable, picklable, and written to JSON as
``{"doc_id", "start", "end", "text"}``.

It is written by hand rather than with attrs because attrs would make the shared text a field,
and so part of :func:`attrs.asdict`, :func:`attrs.evolve` and every generic walk over fields --
which is exactly what must not see it.
"""

from typing import Any, NoReturn

from attrs.exceptions import FrozenInstanceError

__all__ = ["Span"]

_new = object.__new__


class Span:
    """Characters ``start:end`` of document ``doc_id``; ``text`` is exactly that slice.

    The invariant ``document.text[span.start:span.end] == span.text`` is what makes every fact
    citable: :meth:`Document.span <nato_iraq.Document.span>` is the only way the library makes
    spans, and it slices.

    >>> span = Span("d1", 4, 9, "Otan ")
    >>> span.text, len(span), span == Span("d1", 4, 9, "Otan ")
    ('Otan ', 5, True)
    """

    # _source is either the span's own text (a span built directly) or its whole document's text
    # (a span the library made); which one is told by its length, see `text`
    __slots__ = ("_source", "doc_id", "end", "start")
    __match_args__ = ("doc_id", "start", "end", "text")

    doc_id: str
    """The id of the document the characters are in."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    _source: str

    def __init__(self, doc_id: str, start: int, end: int, text: str) -> None:
        for name, value, kind in (
            ("doc_id", doc_id, str),
            ("start", start, int),
            ("end", end, int),
            ("text", text, str),
        ):
            if not isinstance(value, kind):
                raise TypeError(f"{name!r} must be {kind!r} (got {value!r} that is a {type(value)!r}).")
        if start < 0 or end < start:
            raise ValueError(f"bad offsets {start}:{end}")
        if len(text) != end - start:
            raise ValueError(f"span text has {len(text)} characters but offsets {start}:{end} cover {end - start}")
        _set_doc_id(self, doc_id)
        _set_start(self, start)
        _set_end(self, end)
        _set_source(self, text)

    @classmethod
    def _of(cls, doc_id: str, source: str, start: int, end: int) -> "Span":
        """Characters ``start:end`` of *source*, a whole document's text, without copying them.

        Internal: the caller has checked ``0 <= start <= end <= len(source)`` with int offsets.
        """
        span: Span = _new(cls)
        _set_doc_id(span, doc_id)
        _set_start(span, start)
        _set_end(span, end)
        _set_source(span, source)
        return span

    @property
    def text(self) -> str:
        """The characters of the span, ``document.text[start:end]``."""
        source = self._source
        # a source as long as the span is the span's text; a longer one is the document's (a
        # document exactly as long as the span gives the same characters either way)
        return source if len(source) == self.end - self.start else source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        """True when both spans share at least one character of the same document."""
        return self.doc_id == other.doc_id and self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        """True when *other* lies inside this span."""
        return self.doc_id == other.doc_id and self.start <= other.start and other.end <= self.end

    # -- value semantics --------------------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Span)
        return (
            self.start == other.start
            and self.end == other.end
            and self.doc_id == other.doc_id
            and (self._source is other._source or self.text == other.text)
        )

    def __hash__(self) -> int:
        # the text is left out: equal spans have equal ids and offsets, and hashing must not slice
        return hash((self.doc_id, self.start, self.end))

    def __repr__(self) -> str:
        return f"Span(doc_id={self.doc_id!r}, start={self.start!r}, end={self.end!r}, text={self.text!r})"

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise FrozenInstanceError

    def __delattr__(self, name: str) -> NoReturn:
        raise FrozenInstanceError

    def __reduce__(self) -> tuple[Any, ...]:
        # the shared text goes along once per pickle (pickle's memo), not once per span
        return (_restore, (self.doc_id, self.start, self.end, self._source))


# the slots' own setters: a span is made for every mention, and these skip the attribute lookup
# that object.__setattr__ does by name (about a third of making a span)
_set_doc_id = Span.__dict__["doc_id"].__set__
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
_set_source = Span.__dict__["_source"].__set__


def _restore(doc_id: str, start: int, end: int, source: str) -> Span:
    """Unpickle a :class:`Span` (see :meth:`Span.__reduce__`)."""
    return Span._of(doc_id, source, start, end)
