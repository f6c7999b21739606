"""Temporal expressions of French and English news copy, normalised against the document date.

A language is data: its words are one :class:`~nato_iraq.extract.lexicon.time.TimeLexicon` in
:data:`~nato_iraq.extract.lexicon.time.LEXICONS`, picked by ``document.language`` (French for a
language without tables), and its word order a few grammar fragments here (:func:`_french`,
:func:`_english`: ``3 décembre 2014`` / ``March 5, 2018``, ``mardi dernier`` / ``last Tuesday``).
Everything else -- the scan, the calendar arithmetic, tense, the document date -- is one code path.
The French rules below hold for English with the English words; what English adds is listed after.

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
  days (of a month), with the windows of :attr:`~nato_iraq.extract.lexicon.time.TimeLexicon.fuzzy_parts`:
  ``mi-2022`` = ``[2022-05..2022-08]``, ``fin 2017`` = ``[2017-10..2017-12]``, ``la fin de l'an
  dernier`` in a 2021 text = ``[2020-10..2020-12]``. ``courant 2019`` is the year itself.
* **Seasons without a year** (``d'ici l'automne``, ``depuis le printemps``, ``au printemps
  prochain``) are ``UNCERTAIN`` ranges of their months (printemps 03-05, été 06-08, automne
  09-11) in the year the tense points to from a month anchor (see :func:`_resolve_season`); a
  year anchor is too coarse and gives no value. ``été`` is a season only after ``l'``/``cet``.
  A bare month after ``d'ici`` (``d'ici décembre``) reads forward like ``en décembre``.
* ``depuis`` + a point is :attr:`~nato_iraq.model.TimexKind.SINCE`, valued at that point.
* **Durations** (``deux jours``, ``au cours des prochaines semaines``; ``un``/``une`` only after a
  duration word: ``pendant un an``, ``il y a un an``, never ``C'est un jour important``) are
  :attr:`~nato_iraq.model.TimexKind.DURATION`. When the length is counted back or forward from
  the anchor (``au cours des deux dernières années``, ``depuis trois mois``), the value is the
  ``SPAN`` it covers, at the anchor's precision (a 2021-02 text: ``2019-02/2021-02``); otherwise
  ``None``. ``il y a deux ans`` / ``dans deux semaines`` are relative points.

English (same kinds and values; only the surface differs):

* Dates in both orders -- ``March 5, 2018``, ``5 March 2018``, ``March 5th``, ``the 5th of March``
  (span ``5th of March``), ``Dec. 16, 2004``, ``Feb 2020``, ``Tuesday, July 11, 2018`` -- and
  ranges ``from 2004 to 2011``, ``between 2014 and 2017`` (``and`` links only after
  ``between``: ``in 2014 and in 2017`` are two years), ``July 31 to August 3, 2017``, ``31
  July-3 August 2017``, ``14-16 February 2018``, ``February 14-16, 2018``, ``14 and 15 February
  2018``; decades ``the 1990s``; a bare year after ``in``, ``since``, ``by``, ``until``, ``the``
  (``the 2003 invasion``; ``the 2000 troops`` is a count).
* Every English month must be capitalised: ``may`` is the modal (``NATO may expand``), ``march``
  the verb. A bare month (``May``) is a date only after ``in``/``by``/``since``/``until``/
  ``through``/``before``/``after``/``during``/``from`` or with ``last``/``next``/``this`` (kept in
  the span, and strict: ``last May`` written in May is a year back). As a tense cue, ``may``
  counts only in lower case.
* All-numeric dates: a first number above 12 is a day (``14/02/2018``), a second one above 12
  a day (``02/14/2018``); when both could be months, the document's other unambiguous numeric
  dates decide, else the US order of wire copy (``03/04/2018`` = 4 March). French is always day
  first.
* Deictics ``today``, ``yesterday``, ``tomorrow``, ``tonight``, ``last night``, ``this week``,
  ``earlier this week``, ``last month``, ``next year``...; fuzzy parts ``early``/``mid``/``late``
  and ``the beginning``/``middle``/``end of`` (``by the end of the year`` -> ``end of the
  year``) with the French windows; periods ``the first half of 2019``, ``the summer of 2014``;
  seasons ``this spring``, ``last summer``, ``in the spring`` (``the spring``); ``fall`` only as
  ``this/last/next fall`` or ``in the fall``, never before ``of`` (``the fall of Mosul``).
* Durations follow TimeML: ``over``/``for``/``in``/``during`` are signals left out of the span
  (``over the past two years`` -> ``the past two years``, counted back from the anchor; ``over
  the past decade`` counts ten years; ``the past year`` after an opener counts one, while ``the
  next day`` alone is anaphoric and gets no value). ``two years ago`` is a point back; ``in three
  weeks`` a point forward only in a future clause (``the first attack in two years`` is a span).
* Tense cues are modals and plans (``will``, ``would``, ``could``, ``should``, ``expected``,
  ``scheduled``) for the future; auxiliaries and irregular simple pasts (``was``, ``had``,
  ``said``, ``met``) for the past. A regular past (``launched``) is no cue: it is also the
  participle of a passive future (``could be launched in July``).

Spans: the span starts at the first word carrying time meaning. Articles and prepositions that
only introduce a point are left out (``le 11 septembre 2001`` -> ``11 septembre 2001``, ``en
2014`` -> ``2014``, ``jusqu'à la mi-2022`` -> ``mi-2022``, ``à la fin de l'an dernier`` -> ``fin
de l'an dernier``); words that change the meaning are kept: ``depuis`` (SINCE), ``du``/``de``/
``entre``/``les`` of a range, ``ce``/``cette`` and the articles inside fixed deictic phrases
(``ce mercredi``, ``le mois dernier``, ``l'an dernier``), ``au cours des`` / ``il y a`` of
durations. Times of day (``à 10h32``) are not kept.

Every pattern is compiled once, on first use, and reads the lower-cased, accent-folded view of
the text (so the lexicon's folded keys need no case or accent variants); the combined pattern is
tried only from key words (numbers, months, ``hier``...), found by scans led by the character
before them (a space, or one opener at a time; see :func:`_keys`).
"""

import calendar
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import attrs

from ..dates import DateRange, PartialDate, Precision, RangeKind, TimeValue
from ..document import DateBasis, Document, DocumentDate, Furniture, FurnitureKind
from ..model import TemporalExpression, TimexKind
from . import _text
from ._cache import BATCH, Recent
from .lexicon import time as lex

__all__ = ["document_date", "find"]

# --- patterns ----------------------------------------------------------------------------------

_SP = " {1,3}"
_DASHES = "\\-\u2013\u2014"
"""Hyphen, en dash and em dash, as written between the ends of a range (``2004-2011``)."""


def _rx_char(char: str) -> str:
    """One character of a folded lexicon key, on folded text: flexible spaces and hyphens."""
    if char == " ":
        return _SP
    if char == "-":
        return "[- ]"
    return re.escape(char)


def _alt(keys: Iterable[str]) -> str:
    """An alternation of keys shaped as a trie (the longest spelling wins; compact to compile)."""
    return "(?:" + _text.trie(sorted(set(keys)), _rx_char) + ")"


@attrs.frozen
class _Patterns:
    master: "re.Pattern[str]"
    """Every form, each alternative with its core group; tried only where :attr:`key` points."""
    group_names: tuple[str, ...]
    """The name of each group of :attr:`master` by number (empty for the whole match)."""
    key: "re.Pattern[str]"
    """Words without which no temporal expression exists (a number, a month, ``hier``...), after
    a space: a literal first character lets ``re`` skip ahead fastest."""
    key_rare: "re.Pattern[str]"
    """:attr:`key` after a line break, an apostrophe, a bracket, a quote, a slash or a hyphen
    (``(2004``, ``l'an``, ``après-demain``); other punctuation is followed by a space."""
    key_after: "tuple[tuple[str, re.Pattern[str]], ...]"
    """:attr:`key_rare` split by opener, each led by its literal, which ``re`` skips to in C
    (a class of openers is tested at every character); see :func:`_rare_keys`."""
    number_tail: "re.Pattern[str]"
    """What may follow a number inside an expression: a month, a unit, a range link, a year's end."""
    tokens: "re.Pattern[str]"
    """Words and numbers (the word starts inside a :attr:`chain`)."""
    chain: "re.Pattern[str]"
    """Up to six words of :attr:`starters` (or numbers) running up to the end of the searched
    range: how far back from a key an expression may start (``au cours des deux dernières``).
    The match opens with the character before the first word (no letter, digit or apostrophe),
    which ``re`` finds by a set test in C rather than by trying the pattern at every position."""
    starters: frozenset[str]
    """Folded words that may stand before a key inside an expression (``au cours des deux``)."""
    month_words: "re.Pattern[str]"
    """Any month spelling, as a whole word (to check how the text writes it)."""
    cues: "re.Pattern[str]"
    token: "re.Pattern[str]"
    following: "re.Pattern[str]"
    sentence_end: "re.Pattern[str]"
    clause_stop: "re.Pattern[str]"
    stop: "re.Pattern[str]"


def _branches(words: Iterable[str]) -> str:
    """*words* as the branches of an alternation, one trie per first character, to be written
    inside a group with other branches (the words are tried first, in the order they would be).

    Each branch opens with its character, which ``re`` checks before entering the branch; a
    whole trie nested as one branch would be entered at every try, to fail at its own first
    character most of the time.
    """
    words = sorted(set(words))
    firsts = sorted({word[0] for word in words})
    return "|".join(_text.trie([word for word in words if word[0] == first]) for first in firsts)


def _alt_or_never(keys: Iterable[str]) -> str:
    """:func:`_alt` of *keys*, or a pattern that never matches when a language has none."""
    keys = list(keys)
    return _alt(keys) if keys else "(?!)"


class _Common(NamedTuple):
    """Sub-patterns shared by every language, built from one language's tables."""

    sp: str
    end: str
    day: str
    digit_day: str
    year: str
    month: str
    month_first: str
    bare_month: str
    weekday: str
    modifier: str
    this: str
    next_previous: str
    of: str
    month_trigger: str


class _Grammar(NamedTuple):
    """The pattern fragments whose word order is a language's own (see :func:`_french`, :func:`_english`)."""

    ranges: tuple[str, ...]
    """Range alternatives, each a group ``rng``/``rng2``/``rng4`` with its link group ``<name>_c``."""
    relative_year: str
    """A year or month named relatively (``l'an dernier``, ``the year``), inside a fuzzy part."""
    point: str
    season: str
    bare: str
    decade: str
    links: tuple[str, ...]
    """Words that may follow a number inside an expression besides months and units (range links)."""
    clause_marks: str
    """Punctuation that ends a clause (a character class body)."""


def _french(c: _Common, lx: lex.TimeLexicon) -> _Grammar:
    """French word order: ``le 3 décembre 2014``, ``mardi dernier``, ``du 3 au 5 mars``, ``l'été``."""
    sp, day, month, year, weekday, modifier, end = c.sp, c.day, c.month, c.year, c.weekday, c.modifier, c.end
    left_point = f"(?:{weekday}{sp})?(?:{day}(?:{sp}{month}(?:,?{sp}{year})?)?|{month}(?:{sp}{year})?|{year})"
    right_point = f"(?:{weekday}{sp})?(?:{day}{sp}{month}(?:,?{sp}{year})?|{month}(?:{sp}{year})?|{year})"
    range_open = f"(?:(?:du|de|entre{sp}les|entre{sp}le|entre|les){sp}|d')"
    range_link = f"(?:{sp}(?:jusqu'au|jusqu'a|jusqu'en|au|a|et{sp}le|et){sp}|(?:{sp})?[{_DASHES}](?:{sp})?)"
    rng = f"(?P<rng>{range_open}{left_point}(?P<rng_c>{range_link}){right_point})"
    rng2 = f"(?P<rng2>{c.digit_day}(?P<rng2_c>[{_DASHES}]){day}{sp}{month}(?:{sp}{year})?)"
    relative_year = (
        f"(?:(?:l'|d')an(?:nee)?(?:{sp}{year}|{sp}{modifier})?|cette{sp}annee|"
        f"(?:(?:du|le){sp})?mois{sp}d(?:e{sp}|'){month}(?:{sp}{year})?|"
        f"(?:ce|du|le){sp}mois(?:{sp}{modifier})?)"
    )
    point = (
        f"(?P<pt>(?:{weekday}{sp})?{day}{sp}{month}(?:,?{sp}{year})?(?:{sp}{modifier})?"
        f"|{c.month_first}{sp}{day},?{sp}{year}"
        f"|{month}{sp}{year}"
        f"|(?:{c.this}{sp})?{weekday}(?:{sp}{c.digit_day})?(?:{sp}{modifier})?)"
    )
    free = [s for s in lx.seasons if s not in lx.restricted_seasons]
    # the determiner belongs to the season (``l'automne``, as ``le mois dernier``); after ``au``
    # or ``en`` there is none to keep; ``été`` needs ``l'``/``cet``
    season = (
        f"(?P<sea>(?:(?:(?:le|ce|cet){sp}|l'|(?<=au )|(?<=en )){_alt(free)}"
        f"|(?:l'|cet{sp}){_alt(lx.restricted_seasons)}){end}(?:{sp}{modifier})?)(?!(?:{sp})?\\d)"
    )
    bare = f"(?:{c.month_trigger}{sp}|d')(?P<bm>{c.bare_month})(?!(?:{sp})?\\d)"
    decade = f"(?P<dec>annees{sp}(?P<dec_y>(?:1[89]|20)\\d0)){end}"
    links = ("et", "au", "a", "jusqu'au", "jusqu'a", "jusqu'en")
    return _Grammar((rng, rng2), relative_year, point, season, bare, decade, links, ',;:.!?()«»"\n')


def _english(c: _Common, lx: lex.TimeLexicon) -> _Grammar:
    """English word order: ``March 5, 2018`` and ``5 March 2018``, ``the 5th of March``, ``last
    Tuesday``, ``from 2004 to 2011``, ``between 2014 and 2017``, ``July 31 to August 3, 2017``,
    ``February 14-16, 2018``, ``this spring``, ``the 1990s``.
    """
    sp, day, month, year, weekday, end, of = c.sp, c.day, c.month, c.year, c.weekday, c.end, c.of
    year_opt = f"(?:,?{sp}{year})?"
    month_day = f"{c.month_first}{sp}{day}"
    day_month = f"{day}{sp}(?:{of}{sp})?{month}"
    on_day = f"(?:{weekday},?{sp})?"
    left_point = (
        f"{on_day}(?:{month_day}{year_opt}|{day}(?:{sp}(?:{of}{sp})?{month}{year_opt})?|{month}(?:{sp}{year})?|{year})"
    )
    right_point = f"{on_day}(?:{month_day}{year_opt}|{day_month}{year_opt}|{month}(?:{sp}{year})?|{year})"
    dash = f"(?:{sp})?[{_DASHES}](?:{sp})?"
    # ``between`` takes ``and``; ``from`` (or no opener) takes ``to``/``until``/``through``
    rng = (
        f"(?P<rng>(?:(?P<rng_b>between){sp}|from{sp})?{left_point}"
        f"(?P<rng_c>{sp}(?(rng_b)and|(?:to|until|till|through)){sp}|{dash}){right_point})"
    )
    rng2 = f"(?P<rng2>{c.digit_day}(?P<rng2_c>{sp}and{sp}){day_month}{year_opt})"
    rng4 = (
        f"(?P<rng4>{c.month_first}{sp}{c.digit_day}(?P<rng4_c>{dash}|{sp}(?:and|to|through|until){sp}){day}{year_opt})"
    )
    relative_year = f"(?:(?:the|{c.next_previous}|{c.this}){sp}(?:year|month){end})"
    point = (
        f"(?P<pt>{on_day}(?:{day_month}{year_opt}|{month_day}{year_opt})"
        f"|{month}{sp}{year}"
        f"|(?:(?:{c.this}|{c.next_previous}){sp})?{weekday})"
    )
    free = [s for s in lx.seasons if s not in lx.restricted_seasons]
    season = (
        f"(?P<sea>(?:(?:the|{c.this}|{c.next_previous}){sp}|(?<=in )){_alt(free)}{end}"
        f"|(?:(?:{c.this}|{c.next_previous}){sp}|(?<=in )the{sp}){_alt(lx.restricted_seasons)}{end})"
        f"(?!{sp}{of})(?!(?:{sp})?\\d)"
    )
    bare = (
        f"(?:{c.month_trigger}{sp}|(?=(?:{c.this}|{c.next_previous}){sp}))"
        f"(?P<bm>(?:(?:{c.this}|{c.next_previous}){sp})?{c.bare_month})(?!(?:{sp})?\\d)"
    )
    decade = f"(?P<dec>(?P<dec_y>(?:1[89]|20)\\d0)'?s){end}"
    links = ("and", "to", "until", "till", "through", "of")
    return _Grammar((rng, rng2, rng4), relative_year, point, season, bare, decade, links, ',;:.!?()«»"\u201c\u201d\n')


#: The grammar fragments of each language whose word order is its own; the rest is shared.
_GRAMMARS = {"fr": _french, "en": _english}


def _month_rx(full: Iterable[str], abbreviations: Iterable[str], dot_required: Iterable[str]) -> str:
    """Month names in full, or abbreviated with an optional dot (a required one for some)."""
    end = r"(?![a-z0-9])"
    required = set(dot_required)
    loose = [k for k in abbreviations if k not in required]
    parts = [_alt(full) + end]
    if loose:
        parts.append(_alt(loose) + r"(?:\.|" + end + ")")
    if required:
        parts.append(_alt(required) + r"\.")
    return "(?:" + "|".join(parts) + ")"


@functools.cache
def _patterns(language: str) -> _Patterns:
    """Compile one language's combined pattern on first use, so importing the package stays cheap.

    Every pattern reads the lower-cased, accent-folded view of the text (see :func:`_folded`), so
    the lexicon's folded keys are spelt as they are, with no case or accent variants.
    """
    lx = lex.LEXICONS[language]
    end = r"(?![a-z0-9])"
    ordinal = f"(?:{_alt(lx.ordinal_suffixes)})?" if lx.ordinal_suffixes else ""
    day_words = f"{_alt(lx.day_words)}|" if lx.day_words else ""
    day = f"(?:{day_words}[12][0-9]{ordinal}|3[01]{ordinal}|0?[1-9]{ordinal})" + end
    digit_day = r"(?:[12][0-9]|3[01]|0?[1-9])" + end + r"(?! ?\d)"
    year = r"(?<![\d,.])(?:1[89][0-9]{2}|20[0-9]{2})" + end + r"(?![.,]\d)"
    sp = _SP
    common = _Common(
        sp=sp,
        end=end,
        day=day,
        digit_day=digit_day,
        year=year,
        month=_month_rx(lx.months, lx.abbreviations, lx.dot_required),
        month_first=(
            _month_rx(lx.month_first, lx.abbreviations, lx.dot_required)
            if lx.month_first_native
            else _alt(lx.month_first) + end
        ),
        bare_month=_alt(lx.bare_months) + end,
        weekday=_alt(lx.weekdays) + end,
        modifier=_alt([*lx.next_words, *lx.previous_words]) + end,
        this=_alt(lx.this_words),
        next_previous=_alt([*lx.next_words, *lx.previous_words]),
        of=_alt(lx.of_words),
        month_trigger=_alt(lx.month_triggers),
    )
    grammar = _GRAMMARS[language](common, lx)
    dashes = _DASHES
    rng3 = f"(?P<rng3>{year}(?P<rng3_c>(?:{sp})?[{dashes}/](?:{sp})?){year})"
    numeric = (
        r"(?P<num>(?<![\d/.])(?P<num_d>[0-3]?\d)(?P<num_s>[/.-])(?P<num_m>[0-3]?\d)(?P=num_s)"
        r"(?P<num_y>(?:1[89]|20)\d\d)(?![\d]))"
    )
    iso = r"(?P<iso>(?<![\d/.-])(?:1[89]|20)\d\d-[01]\d(?:-[0-3]\d)?(?![\d])(?!-\d))"

    lead = _alt(lx.leading_words)
    prefix = f"(?:(?:{lead})(?:{sp}|(?<=')))" + "{0,2}"
    relative_year = grammar.relative_year
    month = common.month
    fuzzy_part = _alt(lx.fuzzy_parts) + end
    whole = f"|{_alt(lx.whole_parts)}{end}" if lx.whole_parts else ""
    of = common.of
    fuzzy = f"(?P<fz>(?:{fuzzy_part}{whole})(?:{sp}{of}{sp}|{sp}|-)(?:{relative_year}|{month}(?:{sp}{year})?|{year}))"
    period = f"(?P<per>{_alt(lx.periods)}{end}(?:{sp}{of}{sp}|{sp})(?:{relative_year}|{year}))"
    relative = f"(?P<rel>{_alt(lx.relative_phrases)}{end})"

    count = r"(?:(?<!\d )(?<![\d,.])\d{1,3}(?![\d])|" + _alt([*lx.number_words, *lx.vague_counts]) + end + ")"
    unit = _alt(lx.duration_units) + end
    adjective = _alt(lx.duration_adjectives) + end
    suffix = f"(?:{sp}(?P<dur_ago_s>{_alt(lx.ago_suffixes)}){end})?" if lx.ago_suffixes else "(?P<dur_ago_s>(?!))?"
    duration = (
        f"(?:(?:{_alt(lx.duration_openers)}){sp})?(?P<dur>"
        f"(?:{_alt(lx.duration_frames)}){sp}"
        f"(?:{count}{sp})?{adjective}{sp}(?:{count}{sp})?{unit}"
        f"|(?:(?P<dur_ago>{_alt_or_never(lx.ago_prefixes)}){sp}|(?P<dur_in>{_alt_or_never(lx.ahead_prefixes)}){sp}"
        f"|(?P<dur_since>{_alt_or_never(lx.since_prefixes)}){sp})?{count}{sp}{unit}{suffix})"
    )
    bare_year = f"{_alt(lx.year_triggers)}{sp}(?P<yr>{year})"

    # the leading words are written once per run of alternatives that take them: each run tries
    # its alternatives after two, one, then no leading word. Writing them once for both runs
    # (``{prefix}(?:{before}|{after})``) would be another pattern, not a faster spelling of this
    # one: the order of attempts decides which match wins, and ``les 14 février et 15 mars``,
    # a range opened by ``les``, would become the point ``14 février`` after the leading word
    # ``les`` (test_temporal.test_ranges). Nor would it pay: measured on the synthetic corpus,
    # this pattern costs about 6.5 ms per million characters in all, and dropping the leading
    # words altogether saves about 1.4 ms of that.
    before = "|".join([*grammar.ranges, rng3, numeric, iso, fuzzy, period, relative])
    after = "|".join([grammar.point, grammar.season, grammar.bare, bare_year])
    master = rf"(?<![a-z0-9])(?:{prefix}(?:{before})|{duration}|{prefix}(?:{after})|{grammar.decade})"
    suffixed = rf"[a-z]{{2,}}(?:{_alt(lx.future_suffixes)})" if lx.future_suffixes else "(?!)"
    cues = rf"(?<![a-z])(?:(?P<f>{_alt(lx.future_cues)})|(?P<p>{_alt(lx.past_cues)})|(?P<s>{suffixed}))(?![a-z])"
    vocabulary: set[str] = set(lx.pattern_words)
    tables: tuple[Iterable[str], ...] = (
        lx.every_month,
        lx.weekdays,
        lx.relative_phrases,
        lx.fuzzy_parts,
        lx.whole_parts,
        lx.periods,
        lx.number_words,
        lx.vague_counts,
        lx.duration_units,
        lx.duration_openers,
        lx.duration_frames,
        lx.duration_adjectives,
        lx.ago_prefixes,
        lx.ahead_prefixes,
        lx.month_triggers,
        lx.year_triggers,
        lx.leading_words,
        lx.next_words,
        lx.previous_words,
        lx.this_words,
    )
    for table in tables:
        for phrase in table:
            vocabulary.update(phrase.replace("-", " ").split())
    suffixes = f"(?:{_alt(lx.number_suffixes)})?"
    number = rf"\d+{suffixes}"
    key_words = [*lx.every_month, *lx.weekdays, *lx.key_words, *lx.key_phrases]
    # the words side by side with the numbers in one alternation (:func:`_branches`); ``\d\d*``
    # is ``\d+`` spelt so that ``re`` checks the first digit before entering the branch: the key
    # pattern is tried after every space, and most words are no key
    key = rf"(?P<k>\d\d*{suffixes}|{_branches(key_words)})(?![a-z0-9])"
    # a number starts or continues an expression when it is a year (or a decade), or when a month,
    # a unit, a range link or the separator of a numeric date follows it
    tail_words = _alt([*lx.every_month, *lx.duration_units, *grammar.links])
    number_tail = (
        rf"(?<=[^0-9][0-9]{{4}})(?![0-9])|(?<=^[0-9]{{4}})(?![0-9])|(?<=\d0s)|(?<=\d0's)|[{dashes}/.]| ?[{dashes}/]"
        rf"|{sp}(?:{tail_words}|{adjective}|{_alt(lx.number_words)}{end})"
    )
    openers = re.escape(lx.key_openers)
    compiled = re.compile(master)
    names = [""] * (compiled.groups + 1)
    for name, index in compiled.groupindex.items():
        names[index] = name
    return _Patterns(
        master=compiled,
        group_names=tuple(names),
        key=re.compile(rf" {key}"),
        key_rare=re.compile(rf"[{openers}]{key}"),
        key_after=tuple((opener, re.compile(re.escape(opener) + key)) for opener in lx.key_openers),
        number_tail=re.compile(number_tail),
        tokens=re.compile(rf"[a-z]+(?:'[a-z]+)?'?|{number}"),
        chain=re.compile(rf"[^a-z0-9'](?:(?:{_branches(vocabulary)}|{number})(?: {{1,3}}|-|(?<=')))" + "{1,6}\\Z"),
        starters=frozenset(vocabulary),
        month_words=re.compile(rf"(?<![a-z])(?:{_text.trie(lx.every_month)})(?![a-z])"),
        cues=re.compile(cues),
        token=re.compile(r"[a-z]+|\d+"),
        following=re.compile(r" {1,3}([a-z]+)"),
        # a line break, or ``.!?`` after no capital and before a capitalised word or the end; the
        # mark is read first so that ``re`` skips straight to the next one
        sentence_end=re.compile(r"[.!?\n](?:(?<=\n)|(?<![A-Z].)(?=\s+[A-ZÀ-Ý«\"\u201c]|\s*$))"),
        clause_stop=re.compile(rf"[{grammar.clause_marks}]|(?<![a-z])(?:{_alt(lx.clause_words)})(?![a-z])"),
        stop=re.compile(r"[.!?\n]"),
    )


def _folded(document: Document) -> str:
    """The document's view in lower case with accents folded, same length: the shared
    :func:`~nato_iraq.extract._text.lower_view`, which other extractors read too.

    A rare letter whose lower case is longer (``İ``) is left as it is, so offsets hold. The one
    letter it lowers otherwise than :meth:`str.lower` is a Greek final sigma (``σ`` for ``ς``):
    no pattern here reads a Greek letter, so the matches are the same.
    """
    return _text.lower_view(document)


# --- raw matches ---------------------------------------------------------------------------------


class _Raw(NamedTuple):
    """One match of the combined pattern: which branch, where, and the folded words inside.

    A named tuple rather than an attrs class: a text makes thousands, and tuples are built fastest.
    """

    branch: str
    start: int
    end: int
    core_start: int
    since: bool
    words: tuple[str, ...]
    split: int
    """For ranges: how many of ``words`` belong to the left end."""
    match: "re.Match[str]"


_SINCE_BRANCHES = frozenset({"fz", "per", "rel", "pt", "sea", "bm", "yr"})
"""Branches that ``depuis``/``since`` turns into a SINCE (a range or a duration keeps its own kind)."""


def _scan(document: Document, views: "_Views") -> list[_Raw]:
    text, low, lx = views.text, views.low, views.lexicon
    token = views.patterns.token
    names = views.patterns.group_names
    headers = [f.span for f in document.furniture if f.kind is FurnitureKind.HEADER]
    raws: list[_Raw] = []
    for match in _matches(text, low, views.patterns, lx):
        # each alternative's core group is its outermost group, the last one closed: read by number
        group = match.lastindex
        assert group is not None
        branch = names[group]
        assert branch
        core_start, end = match.span(group)
        since_at = -1
        if branch in _SINCE_BRANCHES:
            match_start = match.start()
            if match_start < core_start:
                for word in lx.since_words:
                    since_at = low.find(word, match_start, core_start)
                    if since_at >= 0:
                        break
        start = since_at if since_at >= 0 else core_start
        # the branches read from their groups need no words (see :func:`_resolve`)
        words = () if branch in _READ_FROM_GROUPS else tuple(token.findall(low, core_start, end))
        split = 0
        if branch in _RANGES:
            split = len(token.findall(low, core_start, match.start(branch + "_c")))
        elif branch == "iso" and end - core_start == 7 and not any(s.start <= core_start < s.end for s in headers):
            continue  # YYYY-MM outside a header line is more often a pair of years
        elif (
            branch == "dur"
            and words[0] in lx.article_counts
            and match.start() == core_start
            and match.start("dur_ago_s") < 0
        ):
            continue  # ``un jour``, ``a day`` alone are no duration (``C'est un jour important``)
        if branch in _COUNTABLE and _counted(low, end, views.patterns, lx):
            continue
        raws.append(_Raw(branch, start, end, core_start, since_at >= 0, words, split, match))
    return raws


_RANGES = frozenset({"rng", "rng2", "rng3", "rng4"})
_READ_FROM_GROUPS = frozenset({"num", "iso", "dec", "yr", "rel"})
"""Branches whose value :func:`_resolve` reads from the match's groups, not from the words."""
_COUNTABLE = frozenset({"yr", "rng3", "rng"})


def _matches(text: str, low: str, patterns: _Patterns, lx: lex.TimeLexicon) -> list["re.Match[str]"]:
    """Matches of the combined pattern, found from key words rather than at every position.

    For each key word (a number, a month, ``hier``...) not inside an earlier match, find the
    words before it that can belong to an expression (``au cours des deux dernières``, at most
    six) and try the pattern from the earliest of them, then from each later word; the first
    match that reaches the key wins. This keeps the expensive pattern off the ordinary words
    that make up most of a text. How the text itself writes a month decides as well: French
    prose writes a bare month in lower case (a capitalised ``Mai`` alone is a name), English
    capitalises every month (``may`` is the modal verb, ``march`` the verb).

    The later words are listed only when the earliest one gives no match (most expressions
    start at the earliest word or at the key itself).
    """
    master, chain, tokens, number_tail = patterns.master, patterns.chain, patterns.tokens, patterns.number_tail
    master_match, tail_match = master.match, number_tail.match
    month_words = patterns.month_words if lx.months_capitalised else None
    bare_group = master.groupindex["bm"] if lx.bare_month_lower else 0  # by number: read for every match

    def accepted(match: "re.Match[str] | None", position: int) -> "re.Match[str] | None":
        """*match*, if it reaches past the key at *position* and writes its months as the
        language does."""
        if match is None or match.end() <= position:
            return None
        if bare_group:
            bare = match.start(bare_group)
            if bare >= 0 and not text[bare].islower():
                return None
        if month_words is not None and any(
            not text[m.start()].isupper() for m in month_words.finditer(low, match.start(), match.end())
        ):
            return None
        return match

    found: list[re.Match[str]] = []
    last_end = 0
    for position, key_end in _keys(low, patterns):
        if position < last_end:
            continue
        if low[position].isdigit() and tail_match(low, key_end) is None:
            continue  # ``500 personnes``, the ``000`` of ``4 000``: no date, range or duration
        first = position
        if position > last_end and low[position - 1] in " -'":
            first = _words_before(low, max(last_end, position - 40), position, chain)
        match = accepted(master_match(low, first), position)
        if match is None and first < position:
            later = [t.start() for t in tokens.finditer(low, first, position)][1:]
            later.append(position)
            for start in later:
                match = accepted(master_match(low, start), position)
                if match is not None:
                    break
        if match is not None:
            last_end = match.end()
            found.append(match)
    return found


def _words_before(low: str, lo: int, position: int, chain: "re.Pattern[str]") -> int:
    """Where the words of :attr:`_Patterns.chain` before *position* start, from *lo* on; *position*
    when there are none.

    The chain's match opens with the character before its first word; at the head of the text that
    character is a space put in front of a copy (as in :func:`_keys`).
    """
    if lo:
        words = chain.search(low, lo - 1, position)
        return position if words is None else words.start() + 1
    words = chain.search(" " + low[:position])
    return position if words is None else words.start()


def _keys(low: str, patterns: _Patterns) -> list[tuple[int, int]]:
    """Where the key words of *low* start and end, in text order (see :attr:`_Patterns.key`)."""
    # keys after a space, after a rarer separator, and at the very start (read on a padded copy)
    keys = [k.span(1) for k in patterns.key.finditer(low)]
    keys += _rare_keys(low, patterns)
    head = patterns.key.match(" " + low[:40])
    if head is not None:
        keys.append((0, head.end(1) - 1))
    keys.sort()
    return keys


def _rare_keys(low: str, patterns: _Patterns) -> list[tuple[int, int]]:
    """The keys :attr:`_Patterns.key_rare` finds, found one opener at a time.

    A scan per opener present in the text (most are absent, and ``in`` tells in C) finds the
    same matches as the scan of the class, unless a match of one opener runs over another opener
    that a key follows, which would then be found by its own scan only: then the matches overlap,
    and the class is scanned after all. Line breaks skip over the long runs that stand for blanked
    furniture (:func:`_keys_after_breaks`). A text shorter than :data:`_SHORT` is scanned with
    the class at once: there a scan's own cost outweighs what is saved per character.
    """
    if len(low) < _SHORT:
        return [k.span(1) for k in patterns.key_rare.finditer(low)]
    found: list[tuple[int, int]] = []
    scans = 0
    for opener, pattern in patterns.key_after:
        if opener not in low:
            continue
        scans += 1
        if opener == "\n":
            found += _keys_after_breaks(low, pattern)
        else:
            found += [k.span(1) for k in pattern.finditer(low)]
    if scans > 1:
        found.sort()
        # a key starts one character after its opener: the next match starts inside this one
        if any(after[0] <= before[1] for before, after in itertools.pairwise(found)):
            return [k.span(1) for k in patterns.key_rare.finditer(low)]
    return found


_SHORT = 1000
"""Below this many characters, the class of openers is scanned once rather than opener by opener
(measured: the two take the same time at 1 000 to 1 500 characters of news copy)."""

_BREAKS = "\n" * 16
"""A run of line breaks worth stepping over (blanked furniture, :func:`~nato_iraq.document.analysis_text`;
shorter runs, such as paragraph breaks, cost less to scan than to step over)."""
_BREAK_RUN = re.compile(r"\n+")


def _keys_after_breaks(low: str, pattern: "re.Pattern[str]") -> list[tuple[int, int]]:
    """``[k.span(1) for k in pattern.finditer(low)]`` for the key after a line break, with the
    runs of line breaks stepped over: only the last break of a run can precede a key, and no key
    holds a line break, so no match starts or ends inside a run."""
    found: list[tuple[int, int]] = []
    position = 0
    while True:
        run = low.find(_BREAKS, position)
        if run < 0:
            found += [k.span(1) for k in pattern.finditer(low, position)]
            return found
        found += [k.span(1) for k in pattern.finditer(low, position, run)]
        run_end = _BREAK_RUN.match(low, run)
        assert run_end is not None
        position = run_end.end() - 1


def _counted(low: str, end: int, patterns: _Patterns, lx: lex.TimeLexicon) -> bool:
    """True when the number ending at *end* is followed by a counted noun (``2000 soldats``)."""
    following = patterns.following.match(low, end)
    return following is not None and following.group(1) in lx.counted_nouns


# --- calendar helpers -------------------------------------------------------------------------------


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@functools.lru_cache(maxsize=4096)
def _partial(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    """``PartialDate(year, month, day)``, shared: a partial date is immutable, the same few dates
    recur in text after text, and building one runs a validator per field."""
    return PartialDate(year, month, day)


def _day(value: _dt.date) -> PartialDate:
    """:meth:`PartialDate.from_date`, shared as :func:`_partial`."""
    return _partial(value.year, value.month, value.day)


def _date(year: int, month: int, day: int) -> PartialDate | None:
    try:
        return _partial(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _range(start: PartialDate, end: PartialDate, kind: RangeKind = RangeKind.SPAN) -> DateRange:
    """``DateRange(start, end, kind)``, shared as :func:`_partial` (immutable, recurring, validated
    field by field)."""
    return DateRange(start, end, kind)


def _uncertain(first: _dt.date, last: _dt.date) -> DateRange:
    return _range(_day(first), _day(last), RangeKind.UNCERTAIN)


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
        return _partial(start.year, start.month)
    return _partial(end.year)


def _shift(point: PartialDate, unit: lex.Unit, amount: int) -> PartialDate | None:
    """*point* moved by *amount* units at its own precision, or None when too coarse."""
    if unit == "year":
        if point.month is None:
            return _partial(point.year + amount)
        if point.day is None:
            return _partial(point.year + amount, point.month)
        day = min(point.day, _last_day(point.year + amount, point.month))
        return _partial(point.year + amount, point.month, day)
    if point.month is None:
        return None
    if unit == "month":
        year, month = _shift_month(point.year, point.month, amount)
        if point.day is None:
            return _partial(year, month)
        return _partial(year, month, min(point.day, _last_day(year, month)))
    if point.day is None:
        return None
    days = amount * (7 if unit == "week" else 1)
    return _day(point.as_date() + _dt.timedelta(days=days))


@functools.lru_cache(maxsize=1024)
def _relative(anchor: PartialDate | None, unit: lex.Unit, offset: int) -> TimeValue | None:
    """``offset`` units from the anchor (``hier`` = one day back), as precise as the anchor allows.

    Kept for the arguments seen last: a pure function of immutable values, asked the same
    (``aujourd'hui``, ``la semaine dernière``) for text after text of the same days.
    """
    if anchor is None:
        return None
    if unit == "year":
        return _partial(anchor.year + offset)
    if anchor.month is None:
        return None
    if unit == "month":
        return _partial(*_shift_month(anchor.year, anchor.month, offset))
    step = _dt.timedelta(days=offset * (7 if unit == "week" else 1))
    if anchor.day is not None:
        day = anchor.as_date() + step
        if unit == "day":
            return _day(day)
        monday = day - _dt.timedelta(days=day.weekday())
        return _uncertain(monday, monday + _dt.timedelta(days=6))
    first, last = _month_bounds(anchor)
    if unit == "day":
        if offset == 0:
            return _partial(anchor.year, anchor.month)
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


@functools.lru_cache(maxsize=1024)
def _weekday(anchor: PartialDate | None, weekday: int, mode: str) -> TimeValue | None:
    """A weekday against the anchor (see the module docstring for month anchors); kept for the
    arguments seen last, as :func:`_relative`."""
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
            return _partial(year, month, day)
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


def _fuzzy(part: str, target: PartialDate, lx: lex.TimeLexicon) -> TimeValue:
    """The window of a fuzzy part (``début``, ``mi``, ``fin``) inside a year or a month."""
    months, days = lx.fuzzy_parts[part]
    if target.month is None:
        return _range(_partial(target.year, months[0]), _partial(target.year, months[1]), RangeKind.UNCERTAIN)
    last = min(days[1], _last_day(target.year, target.month))
    first = _partial(target.year, target.month, days[0])
    return _range(first, _partial(target.year, target.month, last), RangeKind.UNCERTAIN)


# --- tense ------------------------------------------------------------------------------------------------


@attrs.frozen
class _Views:
    """What every step reads: the analysis text as written, its folded lower case, and the
    language's tables and patterns."""

    text: str
    low: str
    lexicon: lex.TimeLexicon
    patterns: _Patterns
    day_first: bool = False
    """How this document writes an ambiguous all-numeric date (see :func:`_numeric_order`)."""


def _nearest_cue(views: _Views, left: tuple[int, int], start: int, end: int, right: tuple[int, int]) -> bool | None:
    """Tense of the nearest cue around ``start:end`` (True future, False past), or None.

    The cues are read in ``low[left[0]:left[1]]`` and ``low[right[0]:right[1]]``; distances are
    counted from *start* and *end*. Cues are read on the folded text, where ``à`` (at) and ``a``
    (has) are one word: the written character tells them apart.
    """
    text, low, cues, lx = views.text, views.low, views.patterns.cues, views.lexicon
    best: tuple[int, bool] | None = None
    for cue in cues.finditer(low, *left):
        if not _is_cue(text, cue, lx):
            continue
        distance = start - cue.end()
        if best is None or distance <= best[0]:
            best = (distance, cue.group("p") is None)
    for cue in cues.finditer(low, *right):
        if not _is_cue(text, cue, lx):
            continue
        distance = cue.start() - end
        if best is None or distance < best[0]:
            best = (distance, cue.group("p") is None)
        break
    return None if best is None else best[1]


def _is_cue(text: str, cue: "re.Match[str]", lx: lex.TimeLexicon) -> bool:
    """Whether a cue word is one as written: French ``a`` (has) is no ``à`` (at); a cue that is
    also a month name (English ``may``) counts only in lower case, where the month is capitalised."""
    suffixed = cue.group("s")
    if suffixed is not None:
        return suffixed not in lx.suffix_exceptions
    word = cue.group()
    if word == "a":
        return text[cue.start()] in "aA"
    return not (lx.months_capitalised and word in _every_month(lx) and text[cue.start()].isupper())


def _last_of(text: str, marks: str, lo: int, hi: int) -> int:
    """The offset just after the last of *marks* in ``text[lo:hi]``, or *lo* when there is none.

    One ``rfind`` per mark: each runs in C from *hi* back to its mark, where a pattern such as
    ``.*[marks]`` would run to *hi* and give back character by character.
    """
    last = lo
    for mark in marks:
        after = text.rfind(mark, lo, hi) + 1
        if after > last:
            last = after
    return last


def _is_future(views: _Views, start: int, end: int) -> bool:
    """Whether the clause around ``start:end`` speaks of the future (see the module docstring).

    The nearest cue of the clause decides; with none, the nearest of the sentence. The sentence
    is then read only where it goes beyond the clause: no cue holds a clause mark or runs into a
    clause word, so the clause's own cues, none of which counted, are the same when read again
    (:func:`test_temporal_speed.test_is_future_as_plain_reading` holds this to the plain reading).
    Where the clause was cut at a plain length rather than at a stop, the sentence's right side is
    read from the expression on.
    """
    patterns, low = views.patterns, views.low
    size = len(low)
    sentence_lo = _last_of(low, ".!?\n", max(0, start - 160), start)
    clause_lo = _last_of(low, ",;:(\n", sentence_lo, start)
    stop = patterns.clause_stop.search(low, end, min(size, end + 80))
    clause_hi = stop.start() if stop else min(size, end + 80)
    tense = _nearest_cue(views, (clause_lo, start), start, end, (end, clause_hi))
    if tense is None:
        sentence_stop = patterns.stop.search(low, end, min(size, end + 160))
        sentence_hi = sentence_stop.start() if sentence_stop else min(size, end + 160)
        right_lo = clause_hi if stop else end
        tense = _nearest_cue(views, (sentence_lo, clause_lo), start, end, (right_lo, sentence_hi))
    return bool(tense)


# --- resolution -----------------------------------------------------------------------------------------


class _Parts(NamedTuple):
    """The calendar words of a point: weekday, days, month, year, direction word."""

    weekday: int | None = None
    days: tuple[int, ...] = ()
    month: int | None = None
    year: int | None = None
    direction: int = 0
    """+1 for ``prochain``/``next``, -1 for ``dernier``/``passé``/``last``, 0 otherwise."""


@functools.cache
def _every_month(lx: lex.TimeLexicon) -> Mapping[str, int]:
    """:attr:`~nato_iraq.extract.lexicon.time.TimeLexicon.every_month`, merged once per language
    (the property builds a new dictionary on every read)."""
    return lx.every_month


@functools.lru_cache(maxsize=1024)
def _parts(words: tuple[str, ...], lx: lex.TimeLexicon) -> _Parts:
    """The calendar words among *words*; kept for the word tuples seen last, as the same few
    (``("jeudi",)``, ``("mai", "2021")``) recur in every text."""
    months, weekdays, next_words, previous_words = _every_month(lx), lx.weekdays, lx.next_words, lx.previous_words
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
        elif word in months:
            month = months[word]
        elif word in weekdays:
            weekday = weekdays[word]
        elif word in next_words:
            direction = 1
        elif word in previous_words:
            direction = -1
        elif word in lx.day_words:
            days.append(lx.day_words[word])
    return _Parts(weekday, tuple(days), month, year, direction)


def _explicit(parts: _Parts) -> PartialDate | None:
    """The date the words state on their own, or None when they need an anchor or are invalid."""
    if parts.year is None:
        return None
    try:
        if parts.month is None:
            return _partial(parts.year) if not parts.days else None
        if parts.days:
            return _partial(parts.year, parts.month, parts.days[0])
        return _partial(parts.year, parts.month)
    except ValueError:
        return None


class _Value(NamedTuple):
    kind: TimexKind
    value: TimeValue | None
    anchored: bool
    valid: bool = True
    """False when the words cannot be a date at all (``31 février 2018``): the match is dropped."""


_INVALID = _Value(TimexKind.DATE, None, False, valid=False)


def _resolve(raw: _Raw, anchor: PartialDate | None, views: "_Views") -> _Value:
    branch = raw.branch
    if branch == "pt":  # the commonest, tried first
        return _resolve_point(raw, anchor, views)
    if branch in _RANGES:
        return _resolve_range(raw, anchor, views)
    if branch == "num":
        value = _numeric(raw.match, views)
        return _Value(TimexKind.DATE, value, False) if value else _INVALID
    if branch == "iso":
        try:  # ``YYYY-MM`` or ``YYYY-MM-DD``, as :meth:`PartialDate.from_iso` reads it, shared
            return _Value(TimexKind.DATE, _partial(*map(int, raw.match.group("iso").split("-"))), False)
        except ValueError:
            return _INVALID
    if branch == "dec":
        first = int(raw.match.group("dec_y"))
        return _Value(TimexKind.DATE, _range(_partial(first), _partial(first + 9)), False)
    if branch == "yr":
        return _Value(TimexKind.SINCE if raw.since else TimexKind.DATE, _partial(int(raw.match.group("yr"))), False)
    if branch == "rel":
        unit, offset = _relative_phrases(views.lexicon)[_phrase_key(raw.match.group("rel"))]
        relative = _relative(anchor, unit, offset)
        return _Value(TimexKind.SINCE if raw.since else TimexKind.RELATIVE, relative, relative is not None)
    if branch == "dur":
        return _resolve_duration(raw, anchor, views)
    if branch in ("fz", "per"):
        return _resolve_part(raw, anchor, views)
    if branch == "sea":
        return _resolve_season(raw, anchor, views)
    return _resolve_point(raw, anchor, views)


@functools.lru_cache(maxsize=1024)
def _phrase_key(text: str) -> str:
    """A fixed phrase (already folded), with hyphens read as spaces (``ce mois-ci`` = ``ce mois ci``);
    kept for the phrases seen last (the same few recur)."""
    return " ".join(text.replace("-", " ").split())


@functools.cache
def _relative_phrases(lx: lex.TimeLexicon) -> dict[str, tuple[lex.Unit, int]]:
    return {_phrase_key(key): value for key, value in lx.relative_phrases.items()}


def _numeric(match: "re.Match[str]", views: _Views) -> PartialDate | None:
    """An all-numeric date, read in the language's order unless the numbers themselves decide.

    French writes the day first, always (``14/02/2018``). English copy may write either order:
    a first number above 12 is a day (``14/02/2018``), a second one above 12 is a day
    (``02/14/2018``); when both could be a month, the document's other numeric dates decide
    (:attr:`_Views.day_first`), else the US order of wire copy (month first).
    """
    first, second, year = int(match.group("num_d")), int(match.group("num_m")), int(match.group("num_y"))
    if views.lexicon.numeric_order == "mdy":
        day_first = first > 12 or (second <= 12 and views.day_first)
        if not day_first:
            first, second = second, first
    return _date(year, second, first)


def _numeric_order(raws: list[_Raw], lx: lex.TimeLexicon) -> bool:
    """Whether the document's unambiguous numeric dates put the day first (and none the month)."""
    if lx.numeric_order == "dmy":
        return True
    day_first = month_first = False
    for raw in raws:
        if raw.branch == "num":
            first, second = int(raw.match.group("num_d")), int(raw.match.group("num_m"))
            day_first = day_first or (first > 12 and second <= 12)
            month_first = month_first or (second > 12 and first <= 12)
    return day_first and not month_first


def _point_kind(raw: _Raw, anchored: bool) -> TimexKind:
    if raw.since:
        return TimexKind.SINCE
    return TimexKind.RELATIVE if anchored else TimexKind.DATE


def _resolve_point(raw: _Raw, anchor: PartialDate | None, views: "_Views") -> _Value:
    parts = _parts(raw.words, views.lexicon)
    explicit = _explicit(parts)
    if explicit is not None:
        return _Value(_point_kind(raw, False), explicit, False)
    if parts.year is not None:
        return _INVALID
    if parts.month is not None and parts.days and _date(2000, parts.month, parts.days[0]) is None:
        return _INVALID  # 2000 is a leap year: 29 février passes
    if parts.month is None and parts.weekday is None:
        return _INVALID
    kind = TimexKind.SINCE if raw.since else TimexKind.RELATIVE
    if anchor is None:
        return _Value(kind, None, False)
    future = parts.direction > 0 or (
        parts.direction == 0 and _tense_matters(parts, anchor) and _is_future(views, raw.start, raw.end)
    )
    value: TimeValue | None
    if parts.month is not None and parts.days:
        value = _day_month(anchor, parts.days[0], parts.month, future)
    elif parts.month is not None:
        year = _month_year(anchor, parts.month, future)
        if parts.direction and anchor.month == parts.month:
            year += parts.direction  # ``last May`` written in May is a year back
        value = _partial(year, parts.month)
    elif parts.weekday is not None and parts.days:
        value = _weekday_day(anchor, parts.weekday, parts.days[0], future)
    elif parts.weekday is not None:
        mode = {1: "next", -1: "last"}.get(parts.direction, "future" if future else "past")
        value = _weekday(anchor, parts.weekday, mode)
    else:
        return _INVALID
    return _Value(kind, value, value is not None)


def _tense_matters(parts: _Parts, anchor: PartialDate) -> bool:
    """Whether the value of a point without a direction word (:func:`_resolve_point`) depends on
    the tense of its clause, read only then (:func:`_is_future` scans the sentence).

    Not against a year: a day or a month without a year takes the anchor's year, a weekday has no
    value. Nor for a weekday alone against a month (the range of that weekday's days in the month
    either way, see :func:`_weekday`) or against a day that is that weekday (the day itself), nor
    for the anchor's own month (in the anchor's year either way, see :func:`_month_year`).
    """
    if anchor.month is None:
        return False
    if parts.weekday is not None and parts.month is None and not parts.days:
        return anchor.day is not None and anchor.as_date().weekday() != parts.weekday
    if parts.month is not None and not parts.days:
        return parts.month != anchor.month
    return True


def _resolve_range(raw: _Raw, anchor: PartialDate | None, views: "_Views") -> _Value:
    lx = views.lexicon
    left, right = _parts(raw.words[: raw.split], lx), _parts(raw.words[raw.split :], lx)
    if right.month is None and right.days and left.month is not None:
        right = right._replace(month=left.month)  # ``February 14-16, 2018``: the right end borrows the month
    if raw.branch == "rng3" and (left.year is None or right.year is None or left.year >= right.year):
        return _INVALID
    anchored = False
    end = _explicit(right)
    if end is None and right.year is None and right.month is not None:
        if anchor is None:
            return _Value(TimexKind.RANGE, None, False)
        future = _is_future(views, raw.start, raw.end)
        if right.days:
            end = _day_month(anchor, right.days[0], right.month, future)
        else:
            end = _partial(_month_year(anchor, right.month, future), right.month)
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
            start = _partial(year, month, left.days[0])
        elif month is not None:
            start = _partial(year, month)
        else:
            start = _partial(year)
        return _Value(TimexKind.RANGE, _range(start, end), anchored)
    except ValueError:
        return _INVALID


def _resolve_part(raw: _Raw, anchor: PartialDate | None, views: "_Views") -> _Value:
    """Fuzzy parts (``mi-2022``, ``fin de l'an dernier``) and named periods (``printemps 2019``)."""
    words = raw.words
    lx = views.lexicon
    parts = _parts(words, lx)
    target: PartialDate | None
    anchored = False
    if parts.year is not None and parts.month is not None:
        target = _partial(parts.year, parts.month)
    elif parts.year is not None:
        target = _partial(parts.year)
    elif parts.month is not None:
        anchored = True
        target = None
        if anchor is not None:
            future = _is_future(views, raw.start, raw.end)
            target = _partial(_month_year(anchor, parts.month, future), parts.month)
    else:
        anchored = True
        unit: lex.Unit = next((lx.duration_units[w] for w in words if w in lx.duration_units), "year")
        value = _relative(anchor, unit, parts.direction)
        target = value if isinstance(value, PartialDate) else None
    kind = TimexKind.SINCE if raw.since else (TimexKind.RELATIVE if anchored else TimexKind.DATE)
    if target is None:
        return _Value(kind, None, False)
    if raw.branch == "per":
        folded = _phrase_key(raw.match.group("per"))
        phrase = next((p for p in sorted(lx.periods, key=len, reverse=True) if folded.startswith(p)), None)
        if phrase is None or target.month is not None:
            return _Value(kind, None, False)
        first, last = lx.periods[phrase]
        window = _range(_partial(target.year, first), _partial(target.year, last), RangeKind.UNCERTAIN)
        return _Value(kind, window, anchored)
    if words[0] in lx.whole_parts:
        return _Value(kind, target, anchored)
    return _Value(kind, _fuzzy(words[0], target, lx), anchored)


def _resolve_season(raw: _Raw, anchor: PartialDate | None, views: _Views) -> _Value:
    """A season without a year: its months in the year the tense (or ``prochain``) points to.

    Against a month anchor, the future reads the season that contains or follows it, the past
    the one that contains or precedes it; ``prochain``/``dernier`` the next/last one that does
    not contain it; ``ce``/``cet`` the anchor's year. A year anchor is too coarse (``depuis le
    printemps`` in a text of 2016 may be the spring of 2015 if it was written in January): no
    value, as for a weekday.
    """
    words = raw.words
    lx = views.lexicon
    season = next(w for w in words if w in lx.seasons)
    first, last = lx.periods[season]
    kind = TimexKind.SINCE if raw.since else TimexKind.RELATIVE
    direction = _parts(words, lx).direction
    if anchor is None or anchor.month is None:
        return _Value(kind, None, False)
    year = anchor.year
    month = anchor.month
    if not any(w in lx.this_words for w in words):
        if direction > 0:
            year += 0 if month < first else 1
        elif direction < 0:
            year += 0 if month > last else -1
        elif _is_future(views, raw.start, raw.end):
            year += 0 if month <= last else 1
        else:
            year += 0 if month >= first else -1
    window = _range(_partial(year, first), _partial(year, last), RangeKind.UNCERTAIN)
    return _Value(kind, window, True)


@functools.cache
def _vague_words(lx: lex.TimeLexicon) -> frozenset[str]:
    """The words of vague counts that are no number (``quelques``, ``few``, ``several``)."""
    return frozenset(w for phrase in lx.vague_counts for w in phrase.split() if w not in lx.number_words)


@functools.lru_cache(maxsize=1024)
def _duration_words(
    words: tuple[str, ...], lx: lex.TimeLexicon
) -> tuple[str | None, lex.Unit, int | None, tuple[int, ...]]:
    """What the words of a duration say: its unit word and unit (a day when none), the count
    they state (``None`` when vague or unstated) and the directions of its adjectives; kept for
    the word tuples seen last (``("deux", "jours")`` recurs)."""
    unit_word = next((w for w in reversed(words) if w in lx.duration_units), None)
    unit: lex.Unit = lx.duration_units[unit_word] if unit_word is not None else "day"
    count: int | None = None
    if not any(w in _vague_words(lx) for w in words):
        counts = (int(w) if w.isdigit() else lx.number_words[w] for w in words if w.isdigit() or w in lx.number_words)
        count = next(counts, None)
    directions = tuple(lx.duration_adjectives[w] for w in words if w in lx.duration_adjectives)
    return unit_word, unit, count, directions


def _resolve_duration(raw: _Raw, anchor: PartialDate | None, views: "_Views") -> _Value:
    """A length of time; counted back or forward from the anchor when the words say which way.

    ``il y a deux ans``/``two years ago`` and ``dans trois semaines``/``in three weeks`` are
    points; ``au cours des deux dernières années``/``over the past two years`` and ``depuis trois
    mois`` are the span they cover up to the anchor; ``over the past year`` counts one year.
    """
    lx, match = views.lexicon, raw.match
    unit_word, unit, count, directions = _duration_words(raw.words, lx)
    backward = match.start("dur_since") >= 0 or -1 in directions
    forward = 1 in directions
    if count is None and (backward or forward) and unit_word in lx.singular_units and match.start() < raw.core_start:
        count = 1
    if count is not None and unit_word is not None:
        count *= lx.unit_multipliers.get(unit_word, 1)
    ago = match.start("dur_ago") >= 0 or match.start("dur_ago_s") >= 0
    ahead = match.start("dur_in") >= 0 and (not lx.ahead_needs_future or _is_future(views, raw.start, raw.end))
    if ago or ahead:
        if count is None:
            return _Value(TimexKind.RELATIVE, None, False)
        value = _relative(anchor, unit, -count if ago else count)
        return _Value(TimexKind.RELATIVE, value, value is not None)
    if count is None or anchor is None or not (backward or forward):
        return _Value(TimexKind.DURATION, None, False)
    other = _shift(anchor, unit, -count if backward else count)
    if other is None:
        return _Value(TimexKind.DURATION, None, False)
    value = _range(other, anchor) if backward else _range(anchor, other)
    return _Value(TimexKind.DURATION, value, True)


# --- the document date ------------------------------------------------------------------------------------

_FINER = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


_LINE = re.compile(r"[^\n]+")


def _date_line_zones(document: Document, text: str) -> list[tuple[int, int]]:
    """Bylines, and short lines right under the title (or the header) that carry a date stamp.

    A date line is one of the first two lines of text after the title, short (at most 100
    characters) and not ending like a sentence: ``Publié le 14/02/2018 à 10h32``.
    """
    zones = [
        (f.span.start, f.span.end)
        for f in document.furniture
        if f.kind in (FurnitureKind.BYLINE, FurnitureKind.DATELINE)
    ]
    if document.title is not None:
        position = document.title.end
    else:
        headers = [f.span.end for f in document.furniture if f.kind is FurnitureKind.HEADER]
        position = headers[0] if headers else 0
    seen = 0
    for line in _LINE.finditer(text, position, position + 600):
        stamp = line.group().strip()
        if not stamp:
            continue
        seen += 1
        if len(stamp) <= 100 and stamp[-1] not in ".!?:;":
            zones.append(line.span())
        if seen == 2:
            break
    return zones


def _first_sentence(document: Document, text: str, sentence_end: "re.Pattern[str]") -> tuple[int, int] | None:
    """The opening sentence of the first paragraph of prose (after header, title, furniture)."""
    covered = [(f.span.start, f.span.end) for f in document.furniture]
    if document.title is not None:
        covered.append((document.title.start, document.title.end))
    for line in _LINE.finditer(text):
        start, end = line.span()
        for lo, hi in covered:
            if lo <= start < hi:
                start = hi
        if start >= end or not text[start:end].strip():
            continue
        if any(lo <= start and end <= hi for lo, hi in covered):
            continue
        stop = sentence_end.search(text, start, min(end, start + 400))
        return start, (stop.end() if stop else min(end, start + 400))
    return None


_ANCHORED_ONLY = frozenset({"rel", "dur", "sea", "bm"})
"""Branches whose value always comes from the anchor: with none, there is nothing to resolve."""


def _plain(raws: list[_Raw], views: _Views) -> list[_Value | None]:
    """Each raw match resolved with no anchor (``None`` where that raises or needs an anchor)."""
    values: list[_Value | None] = []
    for raw in raws:
        if raw.branch in _ANCHORED_ONLY:
            values.append(None)
            continue
        try:
            values.append(_resolve(raw, None, views))
        except (ValueError, OverflowError):
            values.append(None)
    return values


def _document_date(
    document: Document, views: _Views, raws: list[_Raw], plain: list[_Value | None]
) -> DocumentDate | None:
    current = document.date
    if current is not None and current.basis is not DateBasis.HEADER:
        return current
    text = views.text
    explicit: list[tuple[_Raw, TimeValue]] = []
    for raw, resolved in zip(raws, plain, strict=True):
        if resolved is not None and resolved.valid and resolved.value is not None and not resolved.anchored:
            explicit.append((raw, resolved.value))
    if current is None and not explicit:
        return None  # no header date to refine, and no date the text states
    zones = _date_line_zones(document, text)
    wire = [(f.span.start, f.span.end) for f in document.furniture if f.kind is FurnitureKind.DATELINE]
    for raw, value in explicit:
        if not isinstance(value, PartialDate) or not any(lo <= raw.start and raw.end <= hi for lo, hi in zones):
            continue
        basis = DateBasis.DATELINE if any(lo <= raw.start and raw.end <= hi for lo, hi in wire) else DateBasis.BYLINE
        if current is None:
            if value.precision is not Precision.YEAR:
                return DocumentDate(value, basis, document.span(raw.start, raw.end))
        elif value in current.value and (
            not isinstance(current.value, PartialDate) or _FINER[value.precision] > _FINER[current.value.precision]
        ):
            return DocumentDate(value, basis, document.span(raw.start, raw.end))
    if current is not None:
        return _stamp_with_header(document, views, raws, zones, wire, current) or current
    opening = _first_sentence(document, text, views.patterns.sentence_end)
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
    if not candidates:
        return None
    # the latest date said in a past clause, else the latest of all: the candidates are tried from
    # the latest down (their starts differ, so the order is total), and the tense of each clause
    # is read only until one is past
    ordered = sorted(candidates, key=lambda item: (item[1].latest(), item[1].earliest(), -item[0].start), reverse=True)
    past = next((item for item in ordered if not _is_future(views, item[0].start, item[0].end)), None)
    raw, value = past or ordered[0]
    stamp = _yearless_stamp(views, raws, zones) if past else None
    if stamp is not None:
        return _stamp_after(document, stamp, value) or DocumentDate(
            value, DateBasis.INFERRED, document.span(raw.start, raw.end)
        )
    return DocumentDate(value, DateBasis.INFERRED, document.span(raw.start, raw.end))


def _yearless_stamp(views: _Views, raws: list[_Raw], zones: list[tuple[int, int]]) -> tuple[_Raw, int, int] | None:
    """The first day and month written with no year in a dateline or byline (``BRUSSELS, Feb 14
    (Reuters) -``), as (match, month, day)."""
    for raw in raws:
        if raw.branch != "pt" or not any(lo <= raw.start and raw.end <= hi for lo, hi in zones):
            continue
        parts = _parts(raw.words, views.lexicon)
        if parts.year is None and parts.month is not None and parts.days:
            return raw, parts.month, parts.days[0]
    return None


def _stamp_with_header(
    document: Document,
    views: _Views,
    raws: list[_Raw],
    zones: list[tuple[int, int]],
    wire: list[tuple[int, int]],
    current: DocumentDate,
) -> DocumentDate | None:
    """A yearless stamp dated with the header's year, when the day falls inside the header date."""
    anchor = _anchor_point(current.value)
    stamp = _yearless_stamp(views, raws, zones)
    if anchor is None or stamp is None:
        return None
    raw, month, day = stamp
    value = _date(anchor.year, month, day)
    if value is None or value not in current.value:
        return None
    basis = DateBasis.DATELINE if any(lo <= raw.start and raw.end <= hi for lo, hi in wire) else DateBasis.BYLINE
    return DocumentDate(value, basis, document.span(raw.start, raw.end))


def _stamp_after(document: Document, stamp: tuple[_Raw, int, int], latest: TimeValue) -> DocumentDate | None:
    """A yearless stamp with no header: the first such day on or after the earliest day the
    latest past date of the text allows (an article reports what happened before it was written).

    The year is inferred, not stated, so the basis is ``INFERRED`` with the stamp as evidence.
    """
    raw, month, day = stamp
    floor = latest.earliest()
    for year in (floor.year, floor.year + 1, floor.year + 2):
        value = _date(year, month, day)
        if value is not None and value.as_date() >= floor:
            return DocumentDate(value, DateBasis.INFERRED, document.span(raw.start, raw.end))
    return None


@attrs.define
class _Reading:
    """What is read from one text once, whatever its date: views, raw matches, and their values
    with no anchor (which an explicit date keeps; see :func:`find`)."""

    views: _Views
    raws: list[_Raw]
    plain: list[_Value | None]
    dated: tuple[Document, DocumentDate | None] | None = None
    """The last document dated from this reading and its date (:func:`document_date` and
    :func:`find` date the same document in turn)."""

    def document_date(self, document: Document) -> DocumentDate | None:
        """:func:`_document_date` of *document*, kept for the document last asked about."""
        if self.dated is not None and self.dated[0] == document:
            return self.dated[1]
        date = _document_date(document, self.views, self.raws, self.plain)
        self.dated = (document, date)
        return date


def _read(document: Document) -> _Reading:
    """The views of *document* in its language (French when the language has no tables), its
    raw matches and their values with no anchor.

    Kept for the few documents read last, keyed on what the scan depends on (text, furniture,
    language) and not on the document: :func:`document_date` and :func:`find` are called on the
    same text before and after it gets its date, and scan it once. The text and language are
    the dictionary key (a string keeps its hash); the furniture, which would be hashed object by
    object, is compared on a hit (the same tuple, as a dated copy of a document shares it).
    """
    key = (document.text, document.language)
    found = _READS.get(key)
    if found is None or found[0] != document.furniture:
        found = (document.furniture, _read_uncached(document))
        _READS.put(key, found)
    return found[1]


_READS: "Recent[tuple[str, str], tuple[tuple[Furniture, ...], _Reading]]" = Recent(2 * BATCH)


def forget(document: Document) -> None:
    """Drop the reading of *document* (it has been analysed; see ``resolve.analyse_all``)."""
    _READS.discard((document.text, document.language))


def _read_uncached(document: Document) -> _Reading:
    language = document.language if document.language in lex.LEXICONS else "fr"
    lx = lex.LEXICONS[language]
    views = _Views(_text.view(document), _folded(document), lx, _patterns(language))
    raws = _scan(document, views)
    if lx.numeric_order != "dmy" and any(raw.branch == "num" for raw in raws):
        views = attrs.evolve(views, day_first=_numeric_order(raws, lx))
    return _Reading(views, raws, _plain(raws, views))


def document_date(document: Document) -> DocumentDate | None:
    """The date *document*'s relative expressions are read against.

    In order: the header date, refined by a more precise date inside it from a byline or a date
    line under the title (``BYLINE``), or by a day and month without a year in a wire dateline
    dated with the header's year (``BRUSSELS, Feb 14 (Reuters) -`` under ``date 2018-02``:
    ``DATELINE`` 2018-02-14); with no header, a byline date (``Updated 14 Feb 2018``); else a
    full date in the opening sentence of the first paragraph (``DATELINE``: ``Ce mercredi (3
    décembre 2014), ...``, ``On Tuesday (3 December 2019), ...``); else the latest explicit date
    the text mentions in a past-tense context (the end of a range; ``INFERRED``, with that date's
    span as evidence); else ``None``.

    A yearless dateline with no header cannot be dated to the year from what it states: when the
    text mentions a past date, the dateline's day is taken in the first year that puts it on or
    after that date (an article reports what happened before it; ``INFERRED``, with the dateline
    as evidence); with none, the dateline is not used. A document whose date was already worked
    out (basis other than ``HEADER``) keeps it.
    """
    current = document.date
    if current is not None and current.basis is not DateBasis.HEADER:
        return current
    return _read(document).document_date(document)


def find(document: Document) -> tuple[TemporalExpression, ...]:
    """Every temporal expression in *document*, in text order, non-overlapping.

    Relative expressions are read against :func:`document_date` (which starts from
    ``document.date``); text blanked by :func:`~nato_iraq.document.analysis_text` (search boxes,
    menus, teasers) is not read.
    """
    reading = _read(document)
    views, span = reading.views, document.span
    dated = reading.document_date(document)
    anchor = _anchor_point(dated.value if dated else None)
    found: list[TemporalExpression] = []
    for raw, resolved in zip(reading.raws, reading.plain, strict=True):
        # a value found with no anchor does not depend on one (an explicit date): keep it; with
        # no anchor at all, the value found with none is the one
        needs_anchor = resolved is not None and resolved.valid and (resolved.value is None or resolved.anchored)
        if resolved is None or (anchor is not None and needs_anchor):
            try:
                resolved = _resolve(raw, anchor, views)
            except (ValueError, OverflowError):  # an anchor at the calendar's edge (year 1 or 9999)
                resolved = _Value(TimexKind.RELATIVE, None, False)
        if resolved.valid:
            found.append(TemporalExpression(span(raw.start, raw.end), resolved.kind, resolved.value, resolved.anchored))
    return tuple(found)
