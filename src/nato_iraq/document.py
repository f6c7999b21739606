"""Documents: the text every fact points back to (through :class:`~nato_iraq.Span`).

A :class:`Document` is one article as loaded: its text (decoded, BOM removed, line ends made
``\\n``), its id (the file stem), and what the text's layout says about it -- the header date
line some collections put first, a byline naming the agency, the title, and the *web furniture*
a scraper left in ("Rechercher", "Dernières Infos", a teaser repeating the lead and cut off with
``...``). Furniture is **marked** with its span, never cut out, so offsets keep meaning the
characters of the file.

Extractors read :func:`analysis_text`, a view of the same length in which typographic variants
are folded one-to-one (no-break spaces to spaces, curly apostrophes to ``'``) and noise furniture
is blanked: an offset found there is an offset into :attr:`Document.text`.
"""

import bisect
import enum
import functools
import itertools
import operator
import re
import sys
from collections.abc import Callable, Iterable

import attrs

from ._validators import each, instance
from .dates import DateRange, PartialDate, TimeValue
from .span import Span

__all__ = [
    "SUPPORTED_LANGUAGES",
    "DateBasis",
    "Document",
    "DocumentDate",
    "Furniture",
    "FurnitureKind",
    "Span",
    "analysis_text",
    "detect_language",
    "normalize",
    "sentences",
]


class FurnitureKind(enum.Enum):
    """Kinds of text that belong to the page, not to the article."""

    HEADER = "header"
    """A collection's metadata line, e.g. `` date 2023-08 `` before the text."""
    SEARCH = "search"
    """A search box label (``Rechercher``)."""
    NAVIGATION = "navigation"
    """Menu or rubric labels (``Dernières Infos``)."""
    BYLINE = "byline"
    """``Par Belga (revue de presse : Le Soir – 17 août 2023)``, ``(AFP)`` datelines."""
    DATELINE = "dateline"
    """A wire dateline opening the text (``BAGDAD, 3 mars 2019 (Reuters) -``)."""
    SOURCE = "source"
    """A closing credit such as ``*Source : Le Soir (Belgique)``."""
    TEASER = "teaser"
    """A repeat of article text (a lead shown twice, or a teaser cut off with ``...``)."""


#: Furniture that is not read when extracting facts (it repeats or is not prose).
NOISE = frozenset({FurnitureKind.SEARCH, FurnitureKind.NAVIGATION, FurnitureKind.TEASER})


@attrs.frozen
class Furniture:
    """One piece of web furniture and where it is."""

    kind: FurnitureKind = attrs.field(validator=instance(FurnitureKind))
    span: Span = attrs.field(validator=instance(Span))


class DateBasis(enum.Enum):
    """Where a document's date comes from, most to least direct."""

    HEADER = "header"
    """A leading `` date YYYY-MM `` metadata line."""
    BYLINE = "byline"
    """A date in a byline or a date line under the title."""
    DATELINE = "dateline"
    """A wire dateline (``BRUXELLES, 14 février 2018 (AFP) -``) or a date in the opening sentence
    (``Ce mercredi (3 décembre 2014), ...``)."""
    INFERRED = "inferred"
    """No date is stated; the latest explicit date the text mentions stands in for it."""


@attrs.frozen
class DocumentDate:
    """The date a document's relative expressions ("jeudi", "l'an dernier") are read against."""

    value: TimeValue = attrs.field(validator=instance((PartialDate, DateRange)))
    basis: DateBasis = attrs.field(validator=instance(DateBasis))
    evidence: Span | None = attrs.field(default=None, validator=instance(Span, optional=True))

    @property
    def inferred(self) -> bool:
        """True when the text states no date of its own and this one was inferred."""
        return self.basis is DateBasis.INFERRED


@attrs.frozen
class Document:
    """One article: its text and what its layout says about it.

    Build one with :func:`nato_iraq.parse` (from a string) or :func:`nato_iraq.load` (from files);
    the constructor only checks invariants.
    """

    # the fields are checked in __attrs_post_init__, all at once (see _FIELD_CHECKS)
    id: str
    text: str
    language: str = "fr"
    title: Span | None = None
    date: DocumentDate | None = None
    publisher: str | None = None
    furniture: tuple[Furniture, ...] = ()
    source: str | None = None
    """Where the text was read from (a path), if anywhere."""

    def __attrs_post_init__(self) -> None:
        text, doc_id, title, date, furniture = self.text, self.id, self.title, self.date, self.furniture
        if not (
            isinstance(doc_id, str)
            and isinstance(text, str)
            and isinstance(self.language, str)
            and (title is None or isinstance(title, Span))
            and (date is None or isinstance(date, DocumentDate))
            and (self.publisher is None or isinstance(self.publisher, str))
            and isinstance(furniture, tuple)
            and all(isinstance(f, Furniture) for f in furniture)
            and (self.source is None or isinstance(self.source, str))
        ):
            _reject_field(self)
        spans = [f.span for f in furniture]
        if title is not None:
            spans.append(title)
        if date is not None and date.evidence is not None:
            spans.append(date.evidence)
        for span in spans:
            # a span sliced from this very text, inside it (every span build_document makes),
            # has its characters by construction: only other spans are sliced and compared
            if span._source is text and span.start >= 0 and span.end <= len(text) and span.doc_id == doc_id:
                continue
            if span.doc_id != doc_id or text[span.start : span.end] != span.text:
                raise ValueError(f"span {span.start}:{span.end} does not match document {self.id!r}")

    def span(self, start: int, end: int) -> Span:
        """The span of characters ``start:end`` of this document."""
        if not (isinstance(start, int) and isinstance(end, int)):
            raise TypeError(f"offsets must be int, not {type(start).__name__} and {type(end).__name__}")
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"offsets {start}:{end} outside document {self.id!r} of {len(self.text)} characters")
        return Span._of(self.id, self.text, start, end)  # shares the text: nothing is copied

    def line_of(self, offset: int) -> int:
        """The 1-based line number of a character offset (for messages that point at text)."""
        return self.text.count("\n", 0, offset) + 1

    def is_furniture(self, span: Span) -> bool:
        """True when *span* overlaps noise furniture (search box, navigation, teaser)."""
        return any(f.kind in NOISE and f.span.overlaps(span) for f in self.furniture)


_FIELD_CHECKS = (
    ("id", instance(str)),
    ("text", instance(str)),
    ("language", instance(str)),
    ("title", instance(Span, optional=True)),
    ("date", instance(DocumentDate, optional=True)),
    ("publisher", instance(str, optional=True)),
    ("furniture", each(Furniture, tuple_only=True, message="type")),
    ("source", instance(str, optional=True)),
)
"""The check of each field of :class:`Document`, in field order, as attrs validators.

A document is made twice per text (built, then dated), and a validator per field cost more than
the rest of making it: :meth:`Document.__attrs_post_init__` tests every field in one expression,
and only when that fails are these run one by one, to raise the error of the first wrong field
(the furniture checked, and reported, as ``attrs.validators.deep_iterable`` did).
"""


def _reject_field(document: Document) -> None:
    """Raise the error of the first field of *document* that :data:`_FIELD_CHECKS` rejects."""
    fields = attrs.fields_dict(Document)
    for name, check in _FIELD_CHECKS:
        check(document, fields[name], getattr(document, name))


# --- normalisation ---------------------------------------------------------------------------

#: One-to-one character folds: every replacement is a single character, so offsets survive.
_FOLD: dict[str, str] = {
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space (French typography before ; : ! ? » and in numbers)
    "\u2007": " ",  # figure space
    "\u2009": " ",  # thin space
    "\u200a": " ",  # hair space
    "\t": " ",
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2212": "-",  # minus sign
    "\u2019": "'",  # right single quotation mark used as apostrophe
    "\u2018": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u00b4": "'",  # acute accent typed as apostrophe
    "\u0060": "'",
}


def normalize(text: str) -> str:
    """Fold typographic variants one-to-one; the result has the length of *text*.

    >>> normalize("l\u2019Otan\u00a0: 4\u202f000")
    "l'Otan : 4 000"

    (One ``str.replace`` per variant present: each is a C-level pass, much faster than
    ``str.translate`` with a mapping.)
    """
    for old, new in _FOLD.items():
        if old in text:
            text = text.replace(old, new)
    return text


_last_normalized: tuple[str, str] = ("", "")
"""The text :func:`build_document` last normalised, and its :func:`normalize` form."""


def forget_normalized(text: str) -> None:
    """Stop holding the normal form of *text*, if it is the one held (a long text's copy)."""
    global _last_normalized
    if _last_normalized[0] is text:
        _last_normalized = ("", "")


def analysis_text(document: Document) -> str:
    """The text extractors read: normalised, with noise furniture replaced by newlines.

    Same length as ``document.text``, so offsets found here are offsets in the document.
    A document is nearly always read right after it is built: then the normal form
    :func:`build_document` made is taken again (the very same text, by identity).
    """
    last = _last_normalized
    text = last[1] if last[0] is document.text else normalize(document.text)
    noise = [f.span for f in document.furniture if f.kind in NOISE]
    if not noise:
        return text
    parts: list[str] = []
    position = 0
    for span in sorted(noise, key=lambda s: s.start):
        if span.start < position:
            continue
        parts.append(text[position : span.start])
        parts.append("\n" * (span.end - span.start))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


# --- layout: header, furniture, title, byline --------------------------------------------------


def _lazy(pattern: str, flags: int = 0) -> "Callable[[], re.Pattern[str]]":
    """*pattern* compiled on first use rather than on import (``import nato_iraq`` stays quick;
    the layout and sentence patterns cost a few milliseconds to compile)."""
    return functools.cache(lambda: re.compile(pattern, flags))


def _line_pattern(body: str, flags: int = 0) -> "Callable[[], re.Pattern[str]]":
    r"""A pattern for a line that *body* matches from its start, searched in :func:`_lined` text.

    The pattern opens with the ``\n`` that precedes every line of the lined text (the first one
    too), so its match starts at the offset of the line in the original text. A ``(?m)^`` anchor
    would give the same matches, but the regex engine tries it at every character, while a
    literal first character lets it skip from one line break to the next in C: five times
    faster for the five line patterns below.
    """
    return _lazy("\n(?:" + body + ")", re.MULTILINE | flags)


def _lined(folded: str) -> str:
    """*folded* with a line break in front, the text :func:`_line_pattern` patterns search."""
    return "\n" + folded


_HEADER = _lazy(r"\A[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)[ \t]*")
_SEARCH_LINE = r"[ \t]*(?:rechercher|recherche|search)[ \t]*$"
_NAVIGATION_LINE = (
    r"[ \t]*(?:(?:derni[eè]res infos|derni[eè]res nouvelles|[àa] la une|en direct|accueil|menu|"
    r"partager|newsletter|fil info|latest news|home|read more)[ \t]*:?[ \t]*"
    r"|(?:lire aussi|[àa] lire aussi|voir aussi|sur le m[êe]me sujet|related)[ \t]*:?[^\n]{0,200})$"
)
_BYLINE_LINE = (
    r"[ \t]*(?:(?:Par|By) [A-ZÀ-Ý][^\n]{0,200}"
    r"|(?:Publi[ée]|Mis à jour|Modifi[ée]|Mise à jour|Updated|Last updated|Published|First published|Posted)"
    r"\b[^\n]{0,120})$"
)
_SOURCE_LINE = (
    r"[ \t]*(?:\*?[ \t]*Source[ \t]*:[^\n]{1,200}|(?:©|\(c\)|Copyright)[ \t]*[^\n]{1,120}"
    r"|\(?(?:Reporting|Additional reporting|Writing|Editing) by [^\n]{1,200})$"
)
_SEARCH = _line_pattern(_SEARCH_LINE, re.IGNORECASE)
_NAVIGATION = _line_pattern(_NAVIGATION_LINE, re.IGNORECASE)
_BYLINE = _line_pattern(_BYLINE_LINE)
_SOURCE = _line_pattern(_SOURCE_LINE)
#: A line any of the four patterns above matches (their union, each with its own flags): most
#: texts have none, and one scan for it then stands for the four.
_LAYOUT_LINE = _line_pattern(f"(?i:{_SEARCH_LINE})|(?i:{_NAVIGATION_LINE})|(?:{_BYLINE_LINE})|(?:{_SOURCE_LINE})")
_WIRE = r"\((?:AFP|Belga|Reuters|AP|APS|ANP|DPA|Xinhua|Anadolu)\)"
# "BRUXELLES, 14 février 2018 (AFP) -" / "Bagdad (Reuters) -": a wire dateline opening a paragraph
_DATELINE = _line_pattern(r"[ \t]*[A-ZÀ-Ý][A-ZÀ-Ýa-zà-ÿ' -]{1,40}(?:,[^\n()]{3,40})?[ \t]*" + _WIRE + r"[ \t]*[-–—]")
#: What every dateline holds: most texts have none, and this literal is found ten times faster
#: than the dateline pattern is tried on every line.
_WIRE_AGENCY = _lazy(_WIRE)
_PARAGRAPH = _lazy(r"[^\n]+")
_AGENCY = _lazy(
    r"\b(AFP|Belga|Reuters|AP|APS|ANP|DPA|Xinhua|Anadolu|Le Soir|La Libre|RTBF|Radio-Canada|La Presse canadienne)\b"
)


def _header(doc_id: str, text: str) -> tuple[Furniture | None, DocumentDate | None]:
    match = _HEADER().match(text)
    if match is None:
        return None, None
    try:
        value = PartialDate.from_iso(match.group(1))
    except ValueError:
        return None, None
    span = Span._of(doc_id, text, match.start(), match.end())
    evidence = Span._of(doc_id, text, match.start(1), match.end(1))
    return Furniture(FurnitureKind.HEADER, span), DocumentDate(value, DateBasis.HEADER, evidence)


def _squash(text: str) -> str:
    """*text* with each run of white space made one space (and none at either end).

    Splitting into words is what costs, and most lines need none: every white space character
    but the space is non-printable, so a printable line with no doubled space only needs
    stripping.
    """
    if text.isprintable() and "  " not in text:
        return text.strip()
    return " ".join(text.split())


#: The white space ``str.split()`` splits on (``str.isspace``: none is above U+3000), but for the
#: space and the line break; written out rather than computed on import (a test checks it).
_OTHER_SPACES = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _teasers(folded: str, body_start: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the paragraphs that repeat other text of the document.

    A paragraph cut off with ``...`` whose beginning appears elsewhere is a teaser. Of exact
    repeats, the earlier copies are marked: web pages show a lead above the article, while a
    repeat *below* it is nearly always cut short and caught by the first rule. Paragraphs are
    the lines of *folded* from *body_start* on (text before it is a header line), compared with
    their white space squashed.

    The lines come from one ``str.split``; the offset of a line is only counted for the few
    that are teasers. Only paragraphs of 40 characters or more can be teasers, and a text with
    none that is cut off or repeated is done with at once.
    """
    body = folded[body_start:]
    if "\n" not in body.strip():
        return []  # one paragraph: nothing else for it to repeat
    lines = body.split("\n")
    # without white space other than single spaces (and the line breaks split on), squashing
    # a line is stripping it: one check of the text instead of one per line
    plain = "  " not in body and not any(space in body for space in _OTHER_SPACES)
    kept = [(index, para) for index, para in enumerate(map(str.strip if plain else _squash, lines)) if para]
    squashed = [para for _, para in kept]
    long = [para for para in squashed if len(para) >= 40]
    if len(set(long)) == len(long) and not any(para.endswith(("...", "\u2026")) for para in long):
        return []
    last = {para: index for index, para in enumerate(squashed)}
    # a paragraph cut off is a teaser when its first 40 characters appear in the other paragraphs
    heads = {
        index: para.rstrip(".\u2026 ")[:40]
        for index, para in enumerate(squashed)
        if len(para) >= 40 and para.endswith(("...", "\u2026"))
    }
    repeated = _heads_elsewhere(squashed, heads)
    found: list[int] = []  # indices in lines
    for index, para in enumerate(squashed):
        if len(para) < 40:
            continue
        if index in repeated or last[para] > index:
            found.append(kept[index][0])
    if not found:
        return []
    # where each line starts: after the lines before it, each with the line break split removed
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=body_start))
    return [_trimmed(offsets[i], lines[i]) for i in found]


_FEW_HEADS = 64
"""Up to this many different heads, each is searched for on its own (in C)."""


def _heads_elsewhere(paragraphs: list[str], heads: dict[int, str]) -> set[int]:
    """The indices of *heads* (paragraph index → text) whose text occurs in the paragraphs
    joined by spaces *without* that paragraph.

    With a few heads, each is looked for in the join of the others. With many (a long page of
    teasers), that would be quadratic, so every head's first and last occurrence in the join of
    all paragraphs is found in one pass, and a head occurs without its paragraph when one of
    those lies wholly before or after it, or when it spans the place where the paragraph was.
    """
    heads = {index: head for index, head in heads.items() if head}
    if len(heads) <= 8:
        return {
            index for index, head in heads.items() if head in " ".join(paragraphs[:index] + paragraphs[index + 1 :])
        }
    joined = " ".join(paragraphs)
    starts = list(itertools.accumulate((len(p) + 1 for p in paragraphs), initial=0))
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    distinct = set(heads.values())
    if len(distinct) <= _FEW_HEADS:  # a page repeating a few teasers: two searches in C per head
        for head in distinct:
            position = joined.find(head)
            if position >= 0:
                first[head], last[head] = position, joined.rfind(head)
    else:  # many different heads: one pass over the text, whatever their number
        for size in {len(head) for head in distinct}:
            wanted = {head for head in distinct if len(head) == size}
            for position in range(len(joined) - size + 1):
                piece = joined[position : position + size]
                if piece in wanted:
                    first.setdefault(piece, position)
                    last[piece] = position
    found = set()
    for index, head in heads.items():
        if head not in first:
            continue
        begin, end = starts[index], starts[index] + len(paragraphs[index])
        # the others: what is left of the join once this paragraph and one space next to it go
        left = joined[: max(begin - 1, 0)]
        right = joined[end + 1 :] if index == 0 else joined[end:]
        right_start = len(joined) - len(right)
        if first[head] + len(head) <= len(left) or last[head] >= right_start:
            found.add(index)
        elif left and right and head in left[len(left) - len(head) + 1 :] + right[: len(head) - 1]:
            found.add(index)  # across the place where the paragraph was
    return found


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of *spans* (disjoint, in text order).

    Only the last span starting at or before *start* can hold it: a bisection rather than a
    look at every span, which made marking a page of many teasers quadratic.
    """
    index = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
    return index >= 0 and end <= spans[index][1]


def _trimmed(offset: int, line: str) -> tuple[int, int]:
    """``(start, end)`` of *line*, found at *offset*, without its surrounding white space."""
    body = line.strip()
    start = offset + line.find(body)
    return start, start + len(body)


def _line_furniture(lined: str, pattern: "re.Pattern[str]") -> list[tuple[int, int]]:
    """``(start, end)`` of each line *pattern* matches in *lined*, without surrounding spaces.

    Offsets are those of the text *lined* was made from (see :func:`_line_pattern`).
    """
    return _line_spans(pattern.finditer(lined))


def _datelines(folded: str, lined: str) -> list[tuple[int, int]]:
    """:func:`_line_furniture` of :data:`_DATELINE`, tried only on the lines that name an agency.

    A dateline holds a wire agency (:data:`_WIRE_AGENCY`) and no line break, so only a line
    where the agency is found can match, and at most once (from its start); trying the pattern
    on every line cost as much as the rest of the layout, as its place name backtracks.
    """
    matches = []
    line = -1
    for wire in _WIRE_AGENCY().finditer(folded):
        # where the line starts in *folded* is where its leading line break is in *lined*
        start = folded.rfind("\n", 0, wire.start()) + 1
        if start != line:
            line = start
            match = _DATELINE().match(lined, start)
            if match is not None:
                matches.append(match)
    return _line_spans(matches)


def _line_spans(matches: "Iterable[re.Match[str]]") -> list[tuple[int, int]]:
    """``(start, end)`` of the line each match of a :func:`_line_pattern` pattern holds, without
    surrounding spaces, in the offsets of the text before it was :func:`_lined`."""
    result = []
    for match in matches:
        found = match.group()  # opens with the line break before the line, one character ahead
        start = match.start() + len(found) - len(found.lstrip()) - 1
        end = match.start() + len(found.rstrip()) - 1
        if end > start:
            result.append((start, end))
    return result


def build_document(text: str, doc_id: str, *, source: str | None = None, language: str | None = None) -> Document:
    """Read a text's layout and build its :class:`Document` (no facts are extracted here).

    *text* must already be decoded; line ends are made ``\\n`` and a BOM is dropped, which is
    the text every offset then refers to.
    """
    global _last_normalized
    text = text.lstrip("\ufeff")
    if "\r" in text:  # one look for the two replacements, which most texts need not
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    folded = normalize(text)
    # one tuple replaced at once: safe to read from any thread (a stale one is not this text)
    _last_normalized = (text, folded)
    lined = _lined(folded)
    # furniture is found on the folded text as (kind, start, end); spans of the original
    # characters are made once, at the end, for what is kept
    found: list[tuple[FurnitureKind, int, int]] = []
    header, date = _header(doc_id, text)
    if header is not None:
        found.append((FurnitureKind.HEADER, header.span.start, header.span.end))
    bylines: list[tuple[int, int]] = []
    sources: list[tuple[int, int]] = []
    if _LAYOUT_LINE().search(lined):
        found += [(FurnitureKind.SEARCH, s, e) for s, e in _line_furniture(lined, _SEARCH())]
        found += [(FurnitureKind.NAVIGATION, s, e) for s, e in _line_furniture(lined, _NAVIGATION())]
        bylines = [
            (s, e)
            for s, e in _line_furniture(lined, _BYLINE())
            if e - s < 160 and not folded[s:e].rstrip().endswith(".")
        ]
        found += [(FurnitureKind.BYLINE, s, e) for s, e in bylines]
        sources = _line_furniture(lined, _SOURCE())
        found += [(FurnitureKind.SOURCE, s, e) for s, e in sources]
    datelines = _datelines(folded, lined)
    found += [(FurnitureKind.DATELINE, s, e) for s, e in datelines]
    teasers = _teasers(folded, header.span.end if header else 0)
    if teasers:
        # what lies inside a repeated teaser is marked once, as the teaser
        found = [f for f in found if not _within(teasers, f[1], f[2])]
        datelines = [d for d in datelines if not _within(teasers, d[0], d[1])]
        found += [(FurnitureKind.TEASER, s, e) for s, e in teasers]
    found.sort(key=operator.itemgetter(1, 2))
    # the publisher is an agency or paper a credit names; a byline naming a journalist
    # ("Par Marie Dupont") names an author, not a publisher
    publisher = None
    for start, end in datelines + bylines + sources:
        match = _AGENCY().search(folded[start:end])
        if match is not None:
            publisher = match.group(1)
            break
    covered = [(start, end) for _, start, end in found]
    return Document(
        id=doc_id,
        text=text,
        language=language or _default_language(folded),
        title=_title(doc_id, text, folded, covered),
        date=date,
        publisher=publisher,
        furniture=tuple(Furniture(kind, Span._of(doc_id, text, s, e)) for kind, s, e in found),
        source=source,
    )


def _title(doc_id: str, text: str, folded: str, covered: list[tuple[int, int]]) -> Span | None:
    """The first line of prose if it reads as a headline: short, with no closing full stop.

    *folded* is the text's :func:`normalize` form; *covered* the furniture's offsets. Lines are
    read one by one up to the first that is not furniture (the first or second, as a rule).
    """
    for match in _PARAGRAPH().finditer(folded):
        start, end = match.span()
        if any(s <= start and end <= e for s, e in covered):
            continue
        header_end = max((e for s, e in covered if s <= start < e), default=start)
        start = max(start, header_end)
        chunk = folded[start:end]
        line = chunk.strip()
        if not line:
            continue
        if (
            _PARAGRAPH().search(folded, end) is None  # the last line of the text
            or len(line) > 200
            or line[-1] in '.:;,»"'
            or line.endswith("...")
            or start != match.start()
        ):
            return None
        lead = start + (len(chunk) - len(chunk.lstrip()))
        tail = start + len(chunk.rstrip())
        return Span._of(doc_id, text, lead, tail)
    return None


#: Very common function words per language: a text is in the language whose words it uses most.
#: German, Spanish, Italian and Dutch are listed only so that such texts are recognised as
#: *unsupported* instead of being parsed as French or English.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les des du de et est une un dans pour sur par qui que au aux avec ses sont été pas ont il elle".split()
    ),
    "en": frozenset("the of and to in is was for on that with by are has have said from as it be at he she".split()),
    # distinctive words only (none that French or English texts use as words of their own)
    "de": frozenset(
        "der die das den dem und ist nicht mit ein eine zu auf für sich auch im am haben wird wurde".split()
    ),
    "es": frozenset("el los las por con para una como más pero fue según".split()),
    "it": frozenset("gli di che per una sono della nel alla degli è stato".split()),
    "nl": frozenset("het een niet zijn voor ook werd heeft naar".split()),
}

_SHARED = frozenset({"de", "la", "il", "que", "se", "un", "une", "en"})

#: Languages the extractors read.
SUPPORTED_LANGUAGES = ("fr", "en")


def _word_table(lower: bool) -> bytes:
    """Per Latin-1 byte, the letter it stands for in a word, or a space.

    Word letters are ``[a-zà-ÿ]``; with *lower*, a byte is lower-cased before it is looked at.
    """
    table = bytearray()
    for code in range(256):
        char = chr(code).lower() if lower else chr(code)
        table.append(ord(char) if len(char) == 1 and ("a" <= char <= "z" or "à" <= char <= "ÿ") else 0x20)
    return bytes(table)


_WORD_BYTES = _word_table(lower=False)
_LOWER_WORD_BYTES = _word_table(lower=True)


def _languages_of() -> dict[bytes, tuple[str, ...]]:
    """The languages each function word (as Latin-1 bytes, see :func:`_words`) belongs to."""
    languages: dict[bytes, tuple[str, ...]] = {}
    for code, vocabulary in _FUNCTION_WORDS.items():
        for word in vocabulary:
            key = word.encode("latin-1")
            languages[key] = (*languages.get(key, ()), code)
    return languages


_LANGUAGES_OF = _languages_of()
#: French function words that Spanish or Italian texts use too.
_SHARED_FR = frozenset(w.encode("latin-1") for w in _FUNCTION_WORDS["fr"] & _SHARED)


def _word_groups() -> tuple[dict[bytes, int], tuple[tuple[tuple[str, ...], bool], ...]]:
    """The function words in groups of words that count alike: each word's group number, and
    each group's languages and whether its words are :data:`_SHARED_FR` (a few groups)."""
    numbers: dict[tuple[tuple[str, ...], bool], int] = {}
    group_of = {
        word: numbers.setdefault((codes, word in _SHARED_FR), len(numbers)) for word, codes in _LANGUAGES_OF.items()
    }
    return group_of, tuple(numbers)


_GROUP_OF, _GROUPS = _word_groups()


#: The characters outside Latin-1 whose lower case holds a letter of :func:`_words` (``İ``, ``Ÿ``,
#: the Kelvin sign and the Angstrom sign).
_LOWER_TO_LETTERS = ("\u0130", "\u0178", "\u212a", "\u212b")


def _words(text: str) -> list[bytes]:
    """The runs of ``[a-zà-ÿ]`` letters in ``text.lower()``, as Latin-1 bytes.

    The same words ``re.findall("[a-zà-ÿ]+", text.lower())`` finds, several times faster: every
    other character becomes a space in one C-level byte translation (:func:`_letters`), and the
    bytes are split on spaces.
    """
    return _letters(text).split()


def _letters(text: str) -> bytes:
    """``text.lower()`` as Latin-1 bytes where every character but ``[a-zà-ÿ]`` is a space.

    Characters outside Latin-1 are encoded as ``?``, which is not a letter, and the Latin-1
    ones are lower-cased by the same translation. Four characters outside Latin-1 lower-case to
    letters (``K``, the Kelvin sign, to ``k``): a text holding one is lower-cased first.
    """
    if any(char in text for char in _LOWER_TO_LETTERS):
        return text.lower().encode("latin-1", "replace").translate(_WORD_BYTES)
    return text.encode("latin-1", "replace").translate(_LOWER_WORD_BYTES)


def _default_language(text: str) -> str:
    """The detected language; a text too short to tell is read as French, the genre's default."""
    code = detect_language(text)
    return "fr" if code == "und" else code


#: Per Latin-1 byte of :func:`_letters`: ``a`` for a letter, a space for a space.
_SHAPE = bytes(0x20 if code == 0x20 else ord("a") for code in range(256))
#: The most letters a French or English function word has, and a function word of any language.
_FR_EN_LETTERS = max(len(word) for code in SUPPORTED_LANGUAGES for word in _FUNCTION_WORDS[code])
_ANY_LETTERS = max(len(word) for vocabulary in _FUNCTION_WORDS.values() for word in vocabulary)
#: The languages :func:`detect_language` names only on clear evidence, in the order it tries them.
_OTHER_LANGUAGES = tuple(code for code in _FUNCTION_WORDS if code not in SUPPORTED_LANGUAGES)


_COUNTED_WHOLE = 400
"""Texts of up to this many characters have all their words counted by :func:`detect_language`."""


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language from its function words, or ``"und"``.

    Only the first 5,000 characters are read. A text with too few function words of any
    language (a list of names, a table of figures) is ``"und"`` (undetermined).

    >>> detect_language("Le secrétaire général a dit que les Alliés sont prêts.")
    'fr'
    >>> detect_language("The Secretary General said that Allies are ready.")
    'en'

    Counting the words is what costs, and in most texts French or English words so outnumber
    the others that the last quarter of the text cannot change the answer: the words of the
    first three quarters are counted, and the rest only when :func:`_settled` cannot tell from
    them, and from the number of short words left (counted in C), what the whole text gives.
    """
    letters = _letters(text[:5000])
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    # a space: no word runs across it; a short text is counted whole, which costs less than
    # finding out whether its last quarter matters
    cut = letters.find(b" ", len(letters) * 3 // 4) if len(letters) > _COUNTED_WHOLE else -1
    if cut < 0:
        cut = len(letters)
    head = letters[:cut].split()
    shared = _tally(head, counts)
    words = len(head)
    if cut < len(letters):
        shape = letters[cut:].translate(_SHAPE)  # opens with the space at the cut
        rest = shape.count(b" a")  # every word left, by the space before it
        short = rest - shape.count(b" " + b"a" * (_FR_EN_LETTERS + 1))
        shorter_than_any = rest - shape.count(b" " + b"a" * (_ANY_LETTERS + 1))
        settled = _settled(counts, shared, words + rest, short, shorter_than_any)
        if settled is not None:
            return settled
        tail = letters[cut:].split()
        shared += _tally(tail, counts)
        words += len(tail)
    if not words:
        return "und"
    supported = max(counts["fr"], counts["en"])
    other = max(_OTHER_LANGUAGES, key=counts.__getitem__)
    # another language only on clear evidence: a text refused wrongly is worse than one misread,
    # and French shares "de", "la", "il", "que", "se" with Spanish and Italian
    distinctive = max(counts["fr"] - shared, counts["en"])
    if counts[other] >= 4 and counts[other] >= 2 * distinctive:
        return other
    if supported < max(2, words // 25):
        return "und"
    return "en" if counts["en"] > counts["fr"] else "fr"


def _tally(words: list[bytes], counts: dict[str, int]) -> int:
    """Add the function words among *words* to *counts* per language; return the shared ones.

    Shared ones are French function words that Spanish or Italian texts use too.
    """
    # only the sums per group are wanted, not the uses of each word (a Counter of the words
    # cost more): each function word among *words* becomes the byte of its group, and each
    # group's uses are counted in C
    groups = bytes(map(_GROUP_OF.__getitem__, filter(_GROUP_OF.__contains__, words)))
    shared = 0
    for group, (codes, is_shared) in enumerate(_GROUPS):
        times = groups.count(group)
        if not times:  # most groups, in a text of one language
            continue
        for code in codes:
            counts[code] += times
        if is_shared:
            shared += times
    return shared


def _settled(counts: dict[str, int], shared: int, words: int, short: int, shorter_than_any: int) -> str | None:
    """The answer of :func:`detect_language` if the words not yet counted cannot change it.

    *counts* and *shared* are those of the words counted so far; *words* is the number of words
    in the text, counted and not; of the words not counted, *short* have no more letters than a
    French or English function word may have, and *shorter_than_any* no more than any function
    word. Those are the most a language's count can still grow by (no function word is longer),
    while the French count less the shared one and the English count -- the larger of which is
    the distinctive count -- can only grow:

    * no other language can reach 4 uses and twice the distinctive count;
    * French or English already have the uses a text of *words* words needs;
    * French already outnumbers English with all short words counted as English (or the
      reverse), so the final comparison is decided.

    None when any of these is still open.
    """
    distinctive = max(counts["fr"] - shared, counts["en"])
    if any(counts[code] + shorter_than_any >= max(4, 2 * distinctive) for code in _OTHER_LANGUAGES):
        return None
    if max(counts["fr"], counts["en"]) < max(2, words // 25):
        return None
    if counts["en"] + short <= counts["fr"]:
        return "fr"
    if counts["fr"] + short < counts["en"]:
        return "en"
    return None


# A sentence ends at punctuation followed by spaces or line breaks, and at every line break such
# an end does not take in. Ends of punctuation are found by a regex, line breaks by ``str.find``
# between them: in a text with no "!", "?" or "…" (most texts) the regex then opens with a literal
# full stop, which the engine skips to in C, several times faster than it tests a class of
# characters at every character. Both give the ends the single pattern
# "[.!?…]+[»"”)]*[ \n]+|\n" gave. The group is the spaces and line breaks after the punctuation,
# where the sentence's text ends.
_PUNCTUATION_END = _lazy(r"[.!?…][.!?…]*[»\"”)]*([ \n]+)")
_FULL_STOP_END = _lazy(r"\.\.*[»\"”)]*([ \n]+)")
""":data:`_PUNCTUATION_END` for a text with no ``!``, ``?`` or ``…``."""
_ABBREVIATION = _lazy(
    r"(?:\b(?:M|MM|Mme|Mlle|Dr|St|art|av|janv|févr|avr|juil|sept|oct|nov|déc|etc|cf|p|no|Lt|Gen|Col|Adm"
    r"|Mr|Mrs|Ms|Maj|Brig|Sgt|Capt|Cmdr|Rep|Sen|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|vs)"
    r"|\b[A-Z])\Z"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of *text*; a line break always ends one.

    A full stop after an abbreviation (``M.``, ``déc.``) or an initial does not end a sentence,
    nor does one followed by a lower-case word. Surrounding spaces are not part of a sentence.
    """
    ends = (_PUNCTUATION_END if "!" in text or "?" in text or "…" in text else _FULL_STOP_END)()
    abbreviation = _ABBREVIATION()
    result: list[tuple[int, int]] = []
    start = 0
    newline = text.find("\n")  # the next line break not yet read
    for match in ends.finditer(text):
        stop, end = match.span()
        while 0 <= newline < stop:  # each line break before the punctuation ends a sentence
            _add_sentence(text, start, newline + 1, result)
            start = newline + 1
            newline = text.find("\n", start)
        if 0 <= newline < end:  # line breaks in the spaces after the punctuation are part of its end
            newline = text.find("\n", end)
        # abbreviations are at most four characters long, so none ends at a word of five letters
        if text[end : end + 1].islower() or (
            (stop < 5 or not text[stop - 5 : stop].isalpha()) and abbreviation.search(text, max(0, stop - 5), stop)
        ):
            continue
        spaces = match.start(1)
        if end - start > MAX_SENTENCE:
            _add_sentence(text, start, end, result)
        elif text[start].isspace():
            # the usual case, as _add_sentence does it: the text ends at the punctuation (no
            # white space), and white space in front is cut before that
            body = text[start:spaces].lstrip()
            result.append((spaces - len(body), spaces))
        else:
            result.append((start, spaces))
        start = end
    while newline >= 0:
        _add_sentence(text, start, newline + 1, result)
        start = newline + 1
        newline = text.find("\n", start)
    _add_sentence(text, start, len(text), result)
    return result


MAX_SENTENCE = 3000
"""Longest "sentence" :func:`sentences` returns; longer runs (no full stop for pages, as in a
scraped list or a run-on line) are cut at a space, so work and evidence per sentence stay bounded."""


def _add_sentence(text: str, begin: int, end: int, result: list[tuple[int, int]]) -> None:
    """Append ``begin:end`` to *result* without its surrounding white space, if anything is left.

    A run longer than :data:`MAX_SENTENCE` is cut first, at a space in its second half.
    """
    while end - begin > MAX_SENTENCE:
        cut = text.rfind(" ", begin + MAX_SENTENCE // 2, begin + MAX_SENTENCE)
        cut = cut + 1 if cut > begin else begin + MAX_SENTENCE
        _add_sentence(text, begin, cut, result)
        begin = cut
    chunk = text[begin:end]
    body = chunk.lstrip()
    if body:
        lead = begin + len(chunk) - len(body)
        result.append((lead, lead + len(body.rstrip())))
