"""French temporal expressions, normalised against the document date.

What is found (TimeML / HeidelTime in spirit), and the choices made where the text is vague:

* **Dates** stated in full or in part -- ``3 décembre 2014``, ``1er mai 2021``, ``16 déc. 2004``,
  ``février 2020``, ``February 2018``, ``14/02/2018``, ``15.02.2018``, ``2018-02-14`` -- are
  :attr:`~nato_iraq.model.TimexKind.DATE` with a :class:`~nato_iraq.dates.PartialDate` of exactly
  the stated precision. A bare year is a date only after a word that makes it one (``en 2014``,
  ``jusqu'en 2011``, ``l'année 2018``), so ``4 000``, ``1 200 soldats`` or ``2170`` never are;
  a year-like number followed by a counted noun (``2000 soldats``) is a count, not a year.
* **Relative** expressions -- a weekday, ``hier``, ``cette semaine``, ``le mois dernier``,
  ``l'an passé``, a day or a month without a year (``1er mai prochain``, ``en septembre``) -- are
  :attr:`~nato_iraq.model.TimexKind.RELATIVE`, read against the document date (see
  :func:`document_date`), with ``anchored=True`` whenever a value was computed from it. Nothing
  is invented: with no anchor, or one too coarse for the expression (a weekday against a year),
  the value is ``None``. Direction: ``prochain``/``dernier`` after the expression decide; else
  the verbs of the clause do (``pourrait être lancée en juillet``, ``sera examinée``, ``prévue``
  read forward; ``a annoncé``, ``avait demandé`` back); with no cue, the past, as news reports
  what happened.
* Against an anchor known only to the **month**: a weekday is the uncertain range of that
  weekday's days in the month (``jeudi`` in February 2021 = ``[2021-02-04..2021-02-25]``);
  ``aujourd'hui``/``ce matin`` are the month itself (a :class:`PartialDate` of month precision,
  which already means "one day of that month"); ``hier``/``demain`` and the weeks are uncertain
  day ranges shifted accordingly (``cette semaine`` runs from the Monday of the month's first
  week to the Sunday of its last: the week may straddle a month end).
* **Ranges** ``du 31 juillet au 3 août 2017``, ``de 2004 à 2011``, ``entre 2014 et 2017``,
  ``(2004-2011)``, ``de janvier à mars 2019`` are :attr:`~nato_iraq.model.TimexKind.RANGE` with a
  ``SPAN`` :class:`DateRange`; the left end borrows the month and year it omits from the right
  end. Two days sharing a month (``les 14 et 15 février 2018``, ``14-15 février 2018``) are one
  ``SPAN`` range from the first to the last.
* **Fuzzy parts**: ``début``/``mi``/``fin`` of a year or a month, and named parts of a year
  (``premier semestre``, ``printemps``), are an ``UNCERTAIN`` range of months (of a year) or of
  days (of a month), with the windows of :data:`~nato_iraq.extract.lexicon.time.FUZZY_PARTS`:
  ``mi-2022`` = ``[2022-05..2022-08]``, ``fin 2017`` = ``[2017-10..2017-12]``, ``la fin de l'an
  dernier`` in a 2021 text = ``[2020-10..2020-12]``. ``courant 2019`` is the year itself.
* ``depuis`` + a point is :attr:`~nato_iraq.model.TimexKind.SINCE`, valued at that point.
* **Durations** (``deux jours``, ``au cours des prochaines semaines``) are
  :attr:`~nato_iraq.model.TimexKind.DURATION`. When the length is counted back or forward from
  the anchor (``au cours des deux dernières années``, ``depuis trois mois``), the value is the
  ``SPAN`` it covers, at the anchor's precision (a 2021-02 text: ``2019-02/2021-02``); otherwise
  ``None``. ``il y a deux ans`` / ``dans deux semaines`` are relative points.

Spans: the span starts at the first word carrying time meaning. Articles and prepositions that
only introduce a point are left out (``le 11 septembre 2001`` -> ``11 septembre 2001``, ``en
2014`` -> ``2014``, ``jusqu'à la mi-2022`` -> ``mi-2022``, ``à la fin de l'an dernier`` -> ``fin
de l'an dernier``); words that change the meaning are kept: ``depuis`` (SINCE), ``du``/``de``/
``entre``/``les`` of a range, ``ce``/``cette`` and the articles inside fixed deictic phrases
(``ce mercredi``, ``le mois dernier``, ``l'an dernier``), ``au cours des`` / ``il y a`` of
durations. Times of day (``à 10h32``) are not kept.

Every pattern is compiled once, on first use, and the text is scanned with one combined pattern.
"""

import calendar
import datetime as _dt
import functools
import re
from collections.abc import Iterable

import attrs

from ..dates import DateRange, PartialDate, Precision, RangeKind, TimeValue
from ..document import DateBasis, Document, DocumentDate, FurnitureKind, Span
from ..model import TemporalExpression, TimexKind
from . import _text
from .lexicon import fold
from .lexicon import time as lex

__all__ = ["document_date", "find"]

# --- patterns ----------------------------------------------------------------------------------

_ACCENTS = {
    "a": "[aàâä]",
    "e": "[eéèêë]",
    "i": "[iîï]",
    "o": "[oôö]",
    "u": "[uùûü]",
    "c": "[cç]",
}
_SP = " {1,3}"
_DASHES = "\\-\u2013\u2014"
"""Hyphen, en dash and em dash, as written between the ends of a range (``2004-2011``)."""


def _rx(key: str, *, accents: bool = True) -> str:
    """A pattern for a folded lexicon key: accent-insensitive, flexible spaces and hyphens."""
    out: list[str] = []
    for char in key:
        if accents and char in _ACCENTS:
            out.append(_ACCENTS[char])
        elif char == " ":
            out.append(_SP)
        elif char == "-":
            out.append("[- ]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _alt(keys: Iterable[str], *, accents: bool = True) -> str:
    """An alternation of keys, longest first so the longest spelling wins."""
    ordered = sorted(set(keys), key=lambda k: (-len(k), k))
    return "(?:" + "|".join(_rx(k, accents=accents) for k in ordered) + ")"


@attrs.frozen
class _Patterns:
    master: "re.Pattern[str]"
    """Every form, each alternative with its core group; tried only where :attr:`key` points."""
    key: "re.Pattern[str]"
    """Words without which no temporal expression exists (a number, a month, ``hier``...)."""
    key_lower: "re.Pattern[str]"
    """:attr:`key` for lower-cased text: case-sensitive matching is three times faster."""
    back: "re.Pattern[str]"
    """The word right before a position (to walk back from a key to where a phrase may start)."""
    starters: frozenset[str]
    """Folded words that may stand before a key inside an expression (``au cours des deux``)."""
    cues: "re.Pattern[str]"
    token: "re.Pattern[str]"
    sentence_end: "re.Pattern[str]"


#: Words the patterns spell out themselves (openers, links, determiners), besides the lexicon.
_PATTERN_WORDS = (
    "du de d' entre les le la l' et au a jusqu'au jusqu'a jusqu'en il y cours des pendant durant lors dans "
    "ces sur pour en depuis ce cet cette mois an annee annees semaine er re premier premiere premieres "
    "premiers dernieres derniers prochaines prochains"
)

#: Words that signal a temporal expression may be near: the scan starts from them.
_KEY_WORDS = (
    "aujourd hier demain matin soir nuit midi semaine semaines mois an ans annee annees jour jours journee "
    "journees debut mi milieu fin courant printemps ete automne semestre trimestre"
)


@functools.cache
def _patterns() -> _Patterns:
    """Compile the combined pattern on first use, so importing the package stays cheap."""
    end = r"(?![\w])"
    day = r"(?:1er|1re|premier|[12][0-9]|3[01]|0?[1-9])" + end
    digit_day = r"(?:[12][0-9]|3[01]|0?[1-9])" + end + r"(?! ?\d)"
    year = r"(?<![\d,.])(?:1[89][0-9]{2}|20[0-9]{2})" + end + r"(?![.,]\d)"
    abbreviations = [k for k in lex.MONTH_ABBREVIATIONS if k not in lex.DOT_REQUIRED]
    month = (
        "(?:"
        + _alt([*lex.FRENCH_MONTHS, *lex.ENGLISH_MONTHS])
        + end
        + "|"
        + _alt(abbreviations)
        + r"(?:\.|"
        + end
        + ")"
        + "|"
        + _alt(lex.DOT_REQUIRED)
        + r"\.)"
    )
    english_month = _alt(lex.ENGLISH_MONTHS) + end
    bare_month = "(?-i:" + _alt(lex.FRENCH_MONTHS) + ")" + end
    weekday = _alt(lex.WEEKDAYS) + end
    modifier = _alt([*lex.NEXT_WORDS, *lex.PREVIOUS_WORDS]) + end
    sp = _SP

    left_point = f"(?:{weekday}{sp})?(?:{day}(?:{sp}{month}(?:,?{sp}{year})?)?|{month}(?:{sp}{year})?|{year})"
    right_point = f"(?:{weekday}{sp})?(?:{day}{sp}{month}(?:,?{sp}{year})?|{month}(?:{sp}{year})?|{year})"
    range_open = f"(?:(?:du|de|entre{sp}les|entre{sp}le|entre|les){sp}|d')"
    range_link = f"(?:{sp}(?:jusqu'au|jusqu'à|jusqu'en|au|à|a|et{sp}le|et){sp}|(?:{sp})?[{_DASHES}](?:{sp})?)"
    rng = f"(?P<rng>{range_open}{left_point}(?P<rng_c>{range_link}){right_point})"
    rng2 = f"(?P<rng2>{digit_day}(?P<rng2_c>[{_DASHES}]){day}{sp}{month}(?:{sp}{year})?)"
    rng3 = f"(?P<rng3>{year}(?P<rng3_c>(?:{sp})?[{_DASHES}/](?:{sp})?){year})"
    numeric = (
        r"(?P<num>(?<![\d/.])(?P<num_d>[0-3]?\d)(?P<num_s>[/.-])(?P<num_m>[01]?\d)(?P=num_s)"
        r"(?P<num_y>(?:1[89]|20)\d\d)(?![\d]))"
    )
    iso = r"(?P<iso>(?<![\d/.-])(?:1[89]|20)\d\d-[01]\d(?:-[0-3]\d)?(?![\d])(?!-\d))"

    lead = _alt(lex.LEADING_WORDS)
    prefix = f"(?:(?:{lead})(?:{sp}|(?<=')))" + "{0,2}"
    relative_year = (
        f"(?:(?:l'|d')an(?:n[ée]e)?(?:{sp}{year}|{sp}{modifier})?|cette{sp}ann[ée]e|"
        f"(?:(?:du|le){sp})?mois{sp}d(?:e{sp}|'){month}(?:{sp}{year})?|"
        f"(?:ce|du|le){sp}mois(?:{sp}{modifier})?)"
    )
    fuzzy_part = _alt(lex.FUZZY_PARTS) + end
    fuzzy = (
        f"(?P<fz>(?:{fuzzy_part}|courant{end})(?:{sp}de{sp}|{sp}|-)(?:{relative_year}|{month}(?:{sp}{year})?|{year}))"
    )
    period = f"(?P<per>{_alt(lex.PERIODS)}{end}(?:{sp}de{sp}|{sp})(?:{relative_year}|{year}))"
    relative = f"(?P<rel>{_alt(lex.RELATIVE_PHRASES)}{end})"

    count = r"(?:(?<!\d )(?<![\d,.])\d{1,3}(?![\d])|" + _alt([*lex.NUMBER_WORDS, *lex.VAGUE_COUNTS]) + end + ")"
    unit = _alt(lex.DURATION_UNITS) + end
    adjective = r"(?:derni[eè]re?s|prochaine?s|premi[eè]re?s)" + end
    duration = (
        f"(?:(?:pendant|durant|en|sur|pour){sp})?(?P<dur>"
        f"(?:au{sp}cours{sp}des|pendant{sp}les|durant{sp}les|lors{sp}des|dans{sp}les|ces|les|des){sp}"
        f"(?:{count}{sp})?{adjective}{sp}(?:{count}{sp})?{unit}"
        f"|(?:il{sp}y{sp}a{sp}|dans{sp}|depuis{sp})?{count}{sp}{unit})"
    )
    point = (
        f"(?P<pt>(?:{weekday}{sp})?{day}{sp}{month}(?:,?{sp}{year})?(?:{sp}{modifier})?"
        f"|{english_month}{sp}{day},?{sp}{year}"
        f"|{month}{sp}{year}"
        f"|(?:(?:ce|cet){sp})?{weekday}(?:{sp}{digit_day})?(?:{sp}{modifier})?)"
    )
    month_trigger = _alt(lex.MONTH_TRIGGERS)
    bare = f"(?:{month_trigger}{sp}|d')(?P<bm>{bare_month})(?!(?:{sp})?\\d)"
    year_trigger = _alt(lex.YEAR_TRIGGERS)
    bare_year = f"{year_trigger}{sp}(?P<yr>{year})"
    decade = f"(?P<dec>ann[ée]es{sp}(?P<dec_y>(?:1[89]|20)\\d0)){end}"

    master = (
        r"(?<![\w])(?:"
        + "|".join(
            [
                f"{prefix}{rng}",
                f"{prefix}{rng2}",
                f"{prefix}{rng3}",
                f"{prefix}{numeric}",
                f"{prefix}{iso}",
                f"{prefix}{fuzzy}",
                f"{prefix}{period}",
                f"{prefix}{relative}",
                duration,
                f"{prefix}{point}",
                f"{prefix}{bare}",
                f"{prefix}{bare_year}",
                decade,
            ]
        )
        + ")"
    )
    future_words = _alt(lex.FUTURE_CUES)
    # ``a`` (has) must not match ``à`` (at): it is the one cue kept literal
    past_words = "(?:a|" + _alt(k for k in lex.PAST_CUES if k != "a") + ")"
    letters = "a-zàâäçéèêëîïôöùûü"
    cues = (
        rf"(?<![\w])(?:(?P<f>{future_words})|(?P<p>{past_words})"
        rf"|(?P<s>[{letters}]{{2,}}(?:eront|era|iront|ira|dront|dra)))(?![\w])"
    )
    vocabulary: set[str] = set(_PATTERN_WORDS.split())
    tables: tuple[Iterable[str], ...] = (
        lex.MONTHS,
        lex.WEEKDAYS,
        lex.RELATIVE_PHRASES,
        lex.FUZZY_PARTS,
        lex.PERIODS,
        lex.NUMBER_WORDS,
        lex.VAGUE_COUNTS,
        lex.DURATION_UNITS,
        lex.MONTH_TRIGGERS,
        lex.YEAR_TRIGGERS,
        lex.LEADING_WORDS,
        lex.NEXT_WORDS,
        lex.PREVIOUS_WORDS,
    )
    for table in tables:
        for phrase in table:
            vocabulary.update(phrase.replace("-", " ").split())
    keys = [*lex.MONTHS, *lex.WEEKDAYS, *_KEY_WORDS.split()]
    return _Patterns(
        master=re.compile(master, re.IGNORECASE),
        key=re.compile(r"(?<![\w])(?:\d+(?:er|re)?|" + _alt(keys) + r")(?![\w])", re.IGNORECASE),
        key_lower=re.compile(r"(?<![\w])(?:\d+(?:er|re)?|" + _alt(keys) + r")(?![\w])"),
        back=re.compile(r"(?<![\w'])([^\W\d_]+(?:'[^\W\d_]+)?'?|\d+(?:er|re)?)(?: {1,3}|-|(?<='))$"),
        starters=frozenset(vocabulary),
        cues=re.compile(cues),
        token=re.compile(r"[a-z]+|\d+"),
        sentence_end=re.compile(r"(?<![A-Z])[.!?](?=\s+[A-ZÀ-Ý«\"]|\s*$)|\n"),
    )


# --- raw matches ---------------------------------------------------------------------------------


@attrs.frozen
class _Raw:
    """One match of the combined pattern: which branch, where, and the folded words inside."""

    branch: str
    start: int
    end: int
    core_start: int
    since: bool
    words: tuple[str, ...]
    split: int
    """For ranges: how many of ``words`` belong to the left end."""
    match: "re.Match[str]" = attrs.field(eq=False, repr=False)


_BRANCHES = ("rng", "rng2", "rng3", "num", "iso", "fz", "per", "rel", "dur", "pt", "bm", "yr", "dec")
_SINCE_BRANCHES = frozenset({"fz", "per", "rel", "pt", "bm", "yr"})
"""Branches that ``depuis`` turns into a SINCE (a range or a duration keeps its own kind)."""


def _scan(document: Document, text: str) -> list[_Raw]:
    patterns = _patterns()
    headers = [f.span for f in document.furniture if f.kind is FurnitureKind.HEADER]
    raws: list[_Raw] = []
    for match in _matches(text):
        branch = next((b for b in _BRANCHES if match.group(b) is not None), None)
        if branch is None:  # pragma: no cover - every alternative has a core group
            continue
        core_start, end = match.span(branch)
        prefix = text[match.start() : core_start]
        since_at = re.search(r"depuis", prefix, re.IGNORECASE) if branch in _SINCE_BRANCHES else None
        start = match.start() + since_at.start() if since_at else core_start
        core = text[core_start:end]
        folded = fold(core)
        words = tuple(patterns.token.findall(folded))
        split = 0
        if branch in ("rng", "rng2", "rng3"):
            link_start = match.start(branch + "_c") - core_start
            split = len(patterns.token.findall(fold(core[:link_start])))
        if branch == "iso" and len(match.group("iso")) == 7 and not any(s.start <= core_start < s.end for s in headers):
            continue  # YYYY-MM outside a header line is more often a pair of years
        if branch in ("yr", "rng3", "rng") and _counted(text, end):
            continue
        raws.append(_Raw(branch, start, end, core_start, since_at is not None, words, split, match))
    return raws


def _matches(text: str) -> Iterable["re.Match[str]"]:
    """Matches of the combined pattern, found from key words rather than at every position.

    For each key word (a number, a month, ``hier``...) not inside an earlier match, walk back
    over up to six words that can belong to an expression (``au cours des deux dernières``) and
    try the pattern from the earliest of them; the first match that reaches the key wins. This
    keeps the expensive pattern off the ordinary words that make up most of a text.
    """
    patterns = _patterns()
    master, back, starters = patterns.master, patterns.back, patterns.starters
    last_end = 0
    lower = text.lower()
    # lower() keeps offsets only when no character changes length (it almost never does)
    keys = patterns.key_lower.finditer(lower) if len(lower) == len(text) else patterns.key.finditer(text)
    for key in keys:
        position = key.start()
        if position < last_end:
            continue
        starts = [position]
        for _ in range(6):
            previous = back.search(text, max(last_end, position - 30), position)
            if previous is None:
                break
            word = fold(previous.group(1))
            if not (word in starters or word[:1].isdigit()):
                break
            position = previous.start(1)
            starts.append(position)
        for start in reversed(starts):
            match = master.match(text, start)
            if match is not None and match.end() > key.start():
                last_end = match.end()
                yield match
                break


def _counted(text: str, end: int) -> bool:
    """True when the number ending at *end* is followed by a counted noun (``2000 soldats``)."""
    following = re.match(r" {1,3}([^\W\d]+)", text[end : end + 40])
    return following is not None and fold(following.group(1)) in lex.COUNTED_NOUNS


# --- calendar helpers -------------------------------------------------------------------------------


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _date(year: int, month: int, day: int) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _uncertain(first: _dt.date, last: _dt.date) -> DateRange:
    return DateRange(PartialDate.from_date(first), PartialDate.from_date(last), RangeKind.UNCERTAIN)


def _month_bounds(anchor: PartialDate) -> tuple[_dt.date, _dt.date]:
    assert anchor.month is not None
    last = _last_day(anchor.year, anchor.month)
    return _dt.date(anchor.year, anchor.month, 1), _dt.date(anchor.year, anchor.month, last)


def _anchor_point(value: TimeValue | None) -> PartialDate | None:
    """The partial date relative expressions are read against (a range is coarsened)."""
    if value is None or isinstance(value, PartialDate):
        return value
    start, end = value.start, value.end
    if start == end:
        return start
    if start.year == end.year and start.month is not None and start.month == end.month:
        return PartialDate(start.year, start.month)
    return PartialDate(end.year)


def _shift(point: PartialDate, unit: lex.Unit, amount: int) -> PartialDate | None:
    """*point* moved by *amount* units at its own precision, or None when too coarse."""
    if unit == "year":
        if point.month is None:
            return PartialDate(point.year + amount)
        if point.day is None:
            return PartialDate(point.year + amount, point.month)
        day = min(point.day, _last_day(point.year + amount, point.month))
        return PartialDate(point.year + amount, point.month, day)
    if point.month is None:
        return None
    if unit == "month":
        year, month = _shift_month(point.year, point.month, amount)
        if point.day is None:
            return PartialDate(year, month)
        return PartialDate(year, month, min(point.day, _last_day(year, month)))
    if point.day is None:
        return None
    days = amount * (7 if unit == "week" else 1)
    return PartialDate.from_date(point.as_date() + _dt.timedelta(days=days))


def _relative(anchor: PartialDate | None, unit: lex.Unit, offset: int) -> TimeValue | None:
    """``offset`` units from the anchor (``hier`` = one day back), as precise as the anchor allows."""
    if anchor is None:
        return None
    if unit == "year":
        return PartialDate(anchor.year + offset)
    if anchor.month is None:
        return None
    if unit == "month":
        return PartialDate(*_shift_month(anchor.year, anchor.month, offset))
    step = _dt.timedelta(days=offset * (7 if unit == "week" else 1))
    if anchor.day is not None:
        day = anchor.as_date() + step
        if unit == "day":
            return PartialDate.from_date(day)
        monday = day - _dt.timedelta(days=day.weekday())
        return _uncertain(monday, monday + _dt.timedelta(days=6))
    first, last = _month_bounds(anchor)
    if unit == "day":
        if offset == 0:
            return PartialDate(anchor.year, anchor.month)
        return _uncertain(first + step, last + step)
    first += step
    last += step
    return _uncertain(first - _dt.timedelta(days=first.weekday()), last + _dt.timedelta(days=6 - last.weekday()))


def _weekday_near(day: _dt.date, weekday: int, mode: str) -> _dt.date:
    """The *weekday* nearest *day* in direction *mode*: past/future allow *day* itself."""
    back = (day.weekday() - weekday) % 7
    ahead = (weekday - day.weekday()) % 7
    if mode == "past":
        return day - _dt.timedelta(days=back)
    if mode == "last":
        return day - _dt.timedelta(days=back or 7)
    if mode == "future":
        return day + _dt.timedelta(days=ahead)
    return day + _dt.timedelta(days=ahead or 7)


def _weekday(anchor: PartialDate | None, weekday: int, mode: str) -> TimeValue | None:
    """A weekday against the anchor (see the module docstring for month anchors)."""
    if anchor is None or anchor.month is None:
        return None
    if anchor.day is not None:
        return PartialDate.from_date(_weekday_near(anchor.as_date(), weekday, mode))
    first, last = _month_bounds(anchor)
    if mode in ("past", "future"):
        start = _weekday_near(first, weekday, "future")
        end = _weekday_near(last, weekday, "past")
        return _uncertain(start, end)
    return _uncertain(_weekday_near(first, weekday, mode), _weekday_near(last, weekday, mode))


def _weekday_day(anchor: PartialDate | None, weekday: int, day: int, future: bool) -> TimeValue | None:
    """``mardi 13``: the 13th of the anchor's month, or of a neighbouring month where it is a Tuesday."""
    if anchor is None or anchor.month is None:
        return None
    for delta in (0, 1, -1) if future else (0, -1, 1):
        year, month = _shift_month(anchor.year, anchor.month, delta)
        if day <= _last_day(year, month) and _dt.date(year, month, day).weekday() == weekday:
            return PartialDate(year, month, day)
    return None


def _month_year(anchor: PartialDate, month: int, future: bool) -> int:
    if anchor.month is None:
        return anchor.year
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _day_month(anchor: PartialDate | None, day: int, month: int, future: bool) -> PartialDate | None:
    """A day and month without a year: the nearest such day on the right side of the anchor."""
    if anchor is None:
        return None
    if anchor.day is None:
        return _date(_month_year(anchor, month, future), month, day)
    reference = anchor.as_date()
    for year in (reference.year, reference.year + 1) if future else (reference.year, reference.year - 1):
        candidate = _date(year, month, day)
        if candidate is not None and (candidate.as_date() >= reference if future else candidate.as_date() <= reference):
            return candidate
    return None


def _fuzzy(part: str, target: PartialDate) -> TimeValue:
    """The window of a fuzzy part (``début``, ``mi``, ``fin``) inside a year or a month."""
    months, days = lex.FUZZY_PARTS[part]
    if target.month is None:
        return DateRange(PartialDate(target.year, months[0]), PartialDate(target.year, months[1]), RangeKind.UNCERTAIN)
    last = min(days[1], _last_day(target.year, target.month))
    first = PartialDate(target.year, target.month, days[0])
    return DateRange(first, PartialDate(target.year, target.month, last), RangeKind.UNCERTAIN)


# --- tense ------------------------------------------------------------------------------------------------

_CLAUSE_STOP = re.compile(r"[,;:.!?()«»\"\n]|(?<![\w])(?:que|qu'|qui|dont|où|et|mais)(?![\w])")


def _nearest_cue(text: str, left_lo: int, start: int, end: int, right_hi: int) -> bool | None:
    """Tense of the nearest cue around ``start:end`` (True future, False past), or None."""
    cues = _patterns().cues
    best: tuple[int, bool] | None = None
    for cue in cues.finditer(text, left_lo, start):
        if cue.group("s") is not None and cue.group("s") in lex.FUTURE_SUFFIX_EXCEPTIONS:
            continue
        distance = start - cue.end()
        if best is None or distance <= best[0]:
            best = (distance, cue.group("p") is None)
    for cue in cues.finditer(text, end, right_hi):
        if cue.group("s") is not None and cue.group("s") in lex.FUTURE_SUFFIX_EXCEPTIONS:
            continue
        distance = cue.start() - end
        if best is None or distance < best[0]:
            best = (distance, cue.group("p") is None)
        break
    return None if best is None else best[1]


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``start:end`` speaks of the future (see the module docstring)."""
    lo = max(0, start - 160)
    sentence_lo = max((m.end() for m in re.finditer(r"[.!?\n]", text[lo:start])), default=0) + lo
    clause_lo = max((m.end() for m in re.finditer(r"[,;:(\n]", text[sentence_lo:start])), default=0) + sentence_lo
    stop = _CLAUSE_STOP.search(text, end, min(len(text), end + 80))
    clause_hi = stop.start() if stop else min(len(text), end + 80)
    tense = _nearest_cue(text, clause_lo, start, end, clause_hi)
    if tense is None:
        stop = re.compile(r"[.!?\n]").search(text, end, min(len(text), end + 160))
        sentence_hi = stop.start() if stop else min(len(text), end + 160)
        tense = _nearest_cue(text, sentence_lo, start, end, sentence_hi)
    return bool(tense)


# --- resolution -----------------------------------------------------------------------------------------


@attrs.frozen
class _Parts:
    """The calendar words of a point: weekday, days, month, year, direction word."""

    weekday: int | None = None
    days: tuple[int, ...] = ()
    month: int | None = None
    year: int | None = None
    direction: int = 0
    """+1 for ``prochain``, -1 for ``dernier``/``passé``, 0 otherwise."""


def _parts(words: Iterable[str]) -> _Parts:
    weekday: int | None = None
    days: list[int] = []
    month: int | None = None
    year: int | None = None
    direction = 0
    for word in words:
        if word.isdigit():
            number = int(word)
            if len(word) == 4:
                year = number
            elif 1 <= number <= 31:
                days.append(number)
        elif word == "premier":
            days.append(1)
        elif word in lex.MONTHS:
            month = lex.MONTHS[word]
        elif word in lex.WEEKDAYS:
            weekday = lex.WEEKDAYS[word]
        elif word in lex.NEXT_WORDS:
            direction = 1
        elif word in lex.PREVIOUS_WORDS:
            direction = -1
    return _Parts(weekday, tuple(days), month, year, direction)


def _explicit(parts: _Parts) -> PartialDate | None:
    """The date the words state on their own, or None when they need an anchor or are invalid."""
    if parts.year is None:
        return None
    try:
        if parts.month is None:
            return PartialDate(parts.year) if not parts.days else None
        if parts.days:
            return PartialDate(parts.year, parts.month, parts.days[0])
        return PartialDate(parts.year, parts.month)
    except ValueError:
        return None


@attrs.frozen
class _Value:
    kind: TimexKind
    value: TimeValue | None
    anchored: bool
    valid: bool = True
    """False when the words cannot be a date at all (``31 février 2018``): the match is dropped."""


_INVALID = _Value(TimexKind.DATE, None, False, valid=False)


def _resolve(raw: _Raw, anchor: PartialDate | None, text: str) -> _Value:
    branch = raw.branch
    if branch in ("rng", "rng2", "rng3"):
        return _resolve_range(raw, anchor, text)
    if branch == "num":
        match = raw.match
        value = _date(int(match.group("num_y")), int(match.group("num_m")), int(match.group("num_d")))
        return _Value(TimexKind.DATE, value, False) if value else _INVALID
    if branch == "iso":
        try:
            return _Value(TimexKind.DATE, PartialDate.from_iso(raw.match.group("iso")), False)
        except ValueError:
            return _INVALID
    if branch == "dec":
        first = int(raw.match.group("dec_y"))
        return _Value(TimexKind.DATE, DateRange(PartialDate(first), PartialDate(first + 9)), False)
    if branch == "yr":
        return _Value(TimexKind.SINCE if raw.since else TimexKind.DATE, PartialDate(int(raw.match.group("yr"))), False)
    if branch == "rel":
        unit, offset = _relative_phrases()[_phrase_key(raw.match.group("rel"))]
        relative = _relative(anchor, unit, offset)
        return _Value(TimexKind.SINCE if raw.since else TimexKind.RELATIVE, relative, relative is not None)
    if branch == "dur":
        return _resolve_duration(raw, anchor, text)
    if branch in ("fz", "per"):
        return _resolve_part(raw, anchor, text)
    return _resolve_point(raw, anchor, text)


def _phrase_key(text: str) -> str:
    """A fixed phrase folded, with hyphens read as spaces (``ce mois-ci`` = ``ce mois ci``)."""
    return " ".join(fold(text).replace("-", " ").split())


@functools.cache
def _relative_phrases() -> dict[str, tuple[lex.Unit, int]]:
    return {_phrase_key(key): value for key, value in lex.RELATIVE_PHRASES.items()}


def _point_kind(raw: _Raw, anchored: bool) -> TimexKind:
    if raw.since:
        return TimexKind.SINCE
    return TimexKind.RELATIVE if anchored else TimexKind.DATE


def _resolve_point(raw: _Raw, anchor: PartialDate | None, text: str) -> _Value:
    parts = _parts(raw.words)
    explicit = _explicit(parts)
    if explicit is not None:
        return _Value(_point_kind(raw, False), explicit, False)
    if parts.year is not None:
        return _INVALID
    future = parts.direction > 0 or (parts.direction == 0 and _is_future(text, raw.start, raw.end))
    value: TimeValue | None
    if parts.month is not None and parts.days:
        if _date(2000, parts.month, parts.days[0]) is None:  # 2000 is a leap year: 29 février passes
            return _INVALID
        value = _day_month(anchor, parts.days[0], parts.month, future)
    elif parts.month is not None:
        value = None if anchor is None else PartialDate(_month_year(anchor, parts.month, future), parts.month)
    elif parts.weekday is not None and parts.days:
        value = _weekday_day(anchor, parts.weekday, parts.days[0], future)
    elif parts.weekday is not None:
        mode = {1: "next", -1: "last"}.get(parts.direction, "future" if future else "past")
        value = _weekday(anchor, parts.weekday, mode)
    else:
        return _INVALID
    return _Value(TimexKind.SINCE if raw.since else TimexKind.RELATIVE, value, value is not None)


def _resolve_range(raw: _Raw, anchor: PartialDate | None, text: str) -> _Value:
    left, right = _parts(raw.words[: raw.split]), _parts(raw.words[raw.split :])
    if raw.branch == "rng3" and (left.year is None or right.year is None or left.year >= right.year):
        return _INVALID
    anchored = False
    end = _explicit(right)
    if end is None and right.year is None and right.month is not None:
        if anchor is None:
            return _Value(TimexKind.RANGE, None, False)
        future = _is_future(text, raw.start, raw.end)
        if right.days:
            end = _day_month(anchor, right.days[0], right.month, future)
        else:
            end = PartialDate(_month_year(anchor, right.month, future), right.month)
        anchored = True
    if end is None:
        return _INVALID
    month = left.month if left.month is not None else (end.month if left.days else None)
    year = left.year
    if year is None:
        year = end.year
        if month is not None and end.month is not None and month > end.month:
            year -= 1
    try:
        if left.days:
            if month is None:
                return _INVALID
            start = PartialDate(year, month, left.days[0])
        elif month is not None:
            start = PartialDate(year, month)
        else:
            start = PartialDate(year)
        return _Value(TimexKind.RANGE, DateRange(start, end), anchored)
    except ValueError:
        return _INVALID


def _resolve_part(raw: _Raw, anchor: PartialDate | None, text: str) -> _Value:
    """Fuzzy parts (``mi-2022``, ``fin de l'an dernier``) and named periods (``printemps 2019``)."""
    words = raw.words
    parts = _parts(words)
    target: PartialDate | None
    anchored = False
    if parts.year is not None and parts.month is not None:
        target = PartialDate(parts.year, parts.month)
    elif parts.year is not None:
        target = PartialDate(parts.year)
    elif parts.month is not None:
        anchored = True
        future = _is_future(text, raw.start, raw.end)
        target = None if anchor is None else PartialDate(_month_year(anchor, parts.month, future), parts.month)
    else:
        anchored = True
        unit: lex.Unit = "month" if "mois" in words else "year"
        value = _relative(anchor, unit, parts.direction)
        target = value if isinstance(value, PartialDate) else None
    kind = TimexKind.SINCE if raw.since else (TimexKind.RELATIVE if anchored else TimexKind.DATE)
    if target is None:
        return _Value(kind, None, False)
    if raw.branch == "per":
        folded = _phrase_key(raw.match.group("per"))
        phrase = next((p for p in sorted(lex.PERIODS, key=len, reverse=True) if folded.startswith(p)), None)
        if phrase is None or target.month is not None:
            return _Value(kind, None, False)
        first, last = lex.PERIODS[phrase]
        window = DateRange(PartialDate(target.year, first), PartialDate(target.year, last), RangeKind.UNCERTAIN)
        return _Value(kind, window, anchored)
    if words[0] == "courant":
        return _Value(kind, target, anchored)
    return _Value(kind, _fuzzy(words[0], target), anchored)


def _resolve_duration(raw: _Raw, anchor: PartialDate | None, text: str) -> _Value:
    del text
    words = raw.words
    unit: lex.Unit = next((lex.DURATION_UNITS[w] for w in reversed(words) if w in lex.DURATION_UNITS), "day")
    counts = (int(w) if w.isdigit() else lex.NUMBER_WORDS[w] for w in words if w.isdigit() or w in lex.NUMBER_WORDS)
    count = next(counts, None)
    joined = " ".join(words)
    if joined.startswith("il y a ") or (words[0] == "dans" and words[1] != "les"):
        if count is None:
            return _Value(TimexKind.RELATIVE, None, False)
        value = _relative(anchor, unit, -count if words[0] == "il" else count)
        return _Value(TimexKind.RELATIVE, value, value is not None)
    backward = words[0] == "depuis" or any(w.startswith("derni") for w in words)
    forward = any(w.startswith("prochain") for w in words)
    if count is None or anchor is None or not (backward or forward):
        return _Value(TimexKind.DURATION, None, False)
    other = _shift(anchor, unit, -count if backward else count)
    if other is None:
        return _Value(TimexKind.DURATION, None, False)
    value = DateRange(other, anchor) if backward else DateRange(anchor, other)
    return _Value(TimexKind.DURATION, value, True)


# --- the document date ------------------------------------------------------------------------------------

_FINER = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


def _date_line_zones(document: Document, text: str) -> list[tuple[int, int]]:
    """Bylines, and short lines right under the title (or the header) that carry a date stamp.

    A date line is one of the first two lines of text after the title, short (at most 100
    characters) and not ending like a sentence: ``Publié le 14/02/2018 à 10h32``.
    """
    zones = [(f.span.start, f.span.end) for f in document.furniture if f.kind is FurnitureKind.BYLINE]
    if document.title is not None:
        position = document.title.end
    else:
        headers = [f.span.end for f in document.furniture if f.kind is FurnitureKind.HEADER]
        position = headers[0] if headers else 0
    seen = 0
    for line in re.finditer(r"[^\n]+", text[position : position + 600]):
        if not line.group().strip():
            continue
        seen += 1
        stamp = line.group().strip()
        if len(stamp) <= 100 and stamp[-1] not in ".!?:;":
            zones.append((position + line.start(), position + line.end()))
        if seen == 2:
            break
    return zones


def _first_sentence(document: Document, text: str) -> tuple[int, int] | None:
    """The opening sentence of the first paragraph of prose (after header, title, furniture)."""
    covered = [(f.span.start, f.span.end) for f in document.furniture]
    if document.title is not None:
        covered.append((document.title.start, document.title.end))
    for line in re.finditer(r"[^\n]+", text):
        start, end = line.span()
        for lo, hi in covered:
            if lo <= start < hi:
                start = hi
        if start >= end or not text[start:end].strip():
            continue
        if any(lo <= start and end <= hi for lo, hi in covered):
            continue
        stop = _patterns().sentence_end.search(text, start, min(end, start + 400))
        return start, (stop.end() if stop else min(end, start + 400))
    return None


def _document_date(document: Document, text: str, raws: list[_Raw]) -> DocumentDate | None:
    current = document.date
    if current is not None and current.basis is not DateBasis.HEADER:
        return current
    explicit: list[tuple[_Raw, TimeValue]] = []
    for raw in raws:
        try:
            resolved = _resolve(raw, None, text)
        except (ValueError, OverflowError):
            continue
        if resolved.valid and resolved.value is not None and not resolved.anchored:
            explicit.append((raw, resolved.value))
    zones = _date_line_zones(document, text)
    for raw, value in explicit:
        if not isinstance(value, PartialDate) or not any(lo <= raw.start and raw.end <= hi for lo, hi in zones):
            continue
        if current is None:
            if value.precision is not Precision.YEAR:
                return DocumentDate(value, DateBasis.BYLINE, document.span(raw.start, raw.end))
        elif value in current.value and (
            not isinstance(current.value, PartialDate) or _FINER[value.precision] > _FINER[current.value.precision]
        ):
            return DocumentDate(value, DateBasis.BYLINE, document.span(raw.start, raw.end))
    if current is not None:
        return current
    opening = _first_sentence(document, text)
    if opening is not None:
        for raw, value in explicit:
            inside = opening[0] <= raw.start and raw.end <= opening[1]
            if inside and isinstance(value, PartialDate) and value.day is not None:
                return DocumentDate(value, DateBasis.DATELINE, document.span(raw.start, raw.end))
    candidates: list[tuple[_Raw, TimeValue]] = []
    for raw, value in explicit:
        if isinstance(value, DateRange) and value.kind is RangeKind.SPAN:
            value = value.end
        candidates.append((raw, value))
    past = [(raw, value) for raw, value in candidates if not _is_future(text, raw.start, raw.end)]
    pool = past or candidates
    if not pool:
        return None
    raw, value = max(pool, key=lambda item: (item[1].latest(), item[1].earliest(), -item[0].start))
    return DocumentDate(value, DateBasis.INFERRED, document.span(raw.start, raw.end))


def document_date(document: Document) -> DocumentDate | None:
    """The date *document*'s relative expressions are read against.

    In order: the header date, refined by a more precise date inside it from a byline or a date
    line under the title (``BYLINE``); with no header, such a byline date; else a full date in
    the opening sentence of the first paragraph (``DATELINE``: ``Ce mercredi (3 décembre 2014),
    ...``); else the latest explicit date the text mentions in a past-tense context (the end of
    a range; ``INFERRED``, with that date's span as evidence); else ``None``. A document whose
    date was already worked out (basis other than ``HEADER``) keeps it.
    """
    text = _text.view(document)
    return _document_date(document, text, _scan(document, text))


def find(document: Document) -> tuple[TemporalExpression, ...]:
    """Every temporal expression in *document*, in text order, non-overlapping.

    Relative expressions are read against :func:`document_date` (which starts from
    ``document.date``); text blanked by :func:`~nato_iraq.document.analysis_text` (search boxes,
    menus, teasers) is not read.
    """
    text = _text.view(document)
    raws = _scan(document, text)
    dated = _document_date(document, text, raws)
    anchor = _anchor_point(dated.value if dated else None)
    found: list[TemporalExpression] = []
    for raw in raws:
        try:
            resolved = _resolve(raw, anchor, text)
        except (ValueError, OverflowError):  # an anchor at the calendar's edge (year 1 or 9999)
            resolved = _Value(TimexKind.RELATIVE, None, False)
        if not resolved.valid:
            continue
        span: Span = document.span(raw.start, raw.end)
        found.append(TemporalExpression(span, resolved.kind, resolved.value, resolved.anchored))
    return tuple(found)
