"""Personnel figures: how many people a mission, a force or a meeting counts.

A number is a personnel figure only when a personnel noun follows it (``4 000 militaires``,
``une dizaine de formateurs``, ``quelque 90 Belges``), or when it is one end of a change or range
whose other end has the noun (``d'environ 500 personnes à 4 000``). Everything else a news text
counts -- money, percentages, states (``31 pays membres``), days, years -- has no personnel noun
and is left alone, which is why the noun test, not a list of exclusions, is the main rule.

How the shapes are read (the choices are the library's; see the tests):

* ``de 500 à 4 000 personnes`` is a **change**: ``FROM`` 500 and ``TO`` 4 000, both counting
  ``personnes``. This is how the genre reports a mission growing or shrinking. When a range noun
  stands before ``de`` and no change verb is near (``un contingent de 400 à 500 soldats``), it
  is a **range** instead.
* ``entre 400 et 500 militaires`` and ``400 à 500 soldats`` are **ranges**: two ``LEVEL``
  figures, ``AT_LEAST`` 400 and ``AT_MOST`` 500. Two bounded figures keep both numbers the text
  gives, where a single approximate midpoint would invent one.
* ``passera à 4 000 personnes`` after a change verb is a lone ``TO`` figure.
* ``une dizaine`` (and ``la dizaine de militaires``) is 10 ``APPROXIMATE``; ``quelques
  centaines``, ``quelques instructeurs``, ``une poignée d'instructeurs`` are ``VAGUE`` with no
  value (a vague amount of informants -- ``ont insisté plusieurs diplomates`` -- is no strength).
* The noun may come after ``le nombre de`` (``portera à près de 3 100 le nombre de soldats``) or
  before the number: a strength (``des effectifs de 4 000``) or a limit (``un plafond de 4 000
  personnels`` is at most 4 000; a bare ``plafond de 4 000`` takes the people of the figure
  before it in the sentence).
* Counts of victims or captives (``trois soldats tués``) are not personnel strength and are
  skipped.

Languages are data: each has a :class:`~nato_iraq.extract.lexicon.numbers.NumberLexicon`
(number words, separators, approximations, nouns, the words of ranges and changes), and
:func:`find` compiles the patterns of the document's language on first use. English reads
``4,000``/``4000``/``4 000``, ``around 600``, ``more than 2,000``, ``up to 4,000``, ``a dozen
trainers``, ``hundreds of troops``, ``a few hundred soldiers``, ``fifty representatives``, ``from
around 500 to 4,000 personnel``, ``between 400 and 500 troops`` and ``a 4,000-strong force`` with
the same rules; ``one`` alone counts nothing, as ``un`` does not. English also reads ``two dozen
instructors`` (about 24), ``half a dozen advisers`` (about 6), ``tens of trainers`` (vague), ``a
couple of hundred troops`` (vague: the phrase means "a few hundred", not exactly 200), ``troop
levels of about 4,000`` and ``a staff of 150`` (the noun before ``of``), a bare target of a change
whose noun stands earlier in the clause (``raise the number of trainers to 4,000``, ``personnel
will be reduced to 2,500``; ``the mission will grow to 4,000`` names no people and is skipped),
``2,500 troops, down from more than 5,000`` (the earlier level, ``FROM``, counting the figure
before it) and a vague start of a change (``from a few hundred to about 4,000 personnel``).

The text is read through :func:`~nato_iraq.document.analysis_text`, where no-break and narrow
no-break spaces are already plain spaces, so ``4\u202f000`` and ``4 000`` are the same number,
in lower case with accents folded (the lexicon's keys are written that way).
"""

import functools
import itertools
import re
from typing import NamedTuple

import attrs

from ..document import Document, normalize
from ..model import Approximation, FigureRole, PersonnelFigure
from . import _text
from .lexicon import fold
from .lexicon import numbers as lex

__all__ = ["find", "parse_number_words"]


def _alternation(forms: "frozenset[str] | list[str] | tuple[str, ...]") -> str:
    """A trie-shaped alternation of folded forms, where a space matches any run of spaces."""
    return _text.trie(forms, lambda c: r"\s+" if c == " " else (r"'\s*" if c == "'" else re.escape(c)))


@attrs.frozen
class _Patterns:
    """One language's patterns; every pattern reads the lower-cased, accent-folded view (see
    :func:`~._text.lower_view_as_str_lower`)."""

    lexicon: lex.NumberLexicon
    digits: "re.Pattern[str]"
    """A number in digits, with its scale word."""
    zeroed_digits: "re.Pattern[str]"
    """:attr:`digits` for a copy of the text where every digit is ``0`` (see :func:`_digit_numbers`)."""
    words: "re.Pattern[str]"
    """Number words, collective nouns and vague quantifiers, after a space: the first word of a
    quantity is read at once, then only the shapes that open with it are tried (see
    :func:`_by_first_word`). A match starts one character after the space."""
    word_kinds: dict[str, str]
    """The kind of a word quantity (see :data:`_Found`) by the name of the group of its shape
    (:attr:`re.Match.lastgroup`); a shape with no group is ``"words"``, and ``"number"`` is a
    number word that :attr:`number_rest` may go on (see :func:`_word_reading`)."""
    number_rest: "re.Pattern[str]"
    """What may follow the first word of a number in words (``cinq`` + `` cent mille``)."""
    plain_words: str
    """What :attr:`words` finds after its separator, as one alternation of the shapes (the
    reference the tests compare it with)."""
    plain_kinds: dict[str, str]
    """:attr:`word_kinds` of :attr:`plain_words`."""
    words_rare: "re.Pattern[str]"
    """The same after another separator (``d'une dizaine``, ``(trente soldats``), as
    :attr:`plain_words`: it is tried at a few places only (see :func:`_rare_words`)."""
    rare: str
    """Those other separators."""
    rare_first: "re.Pattern[str] | None"
    """Where :attr:`words_rare` may match: a separator, marked as :data:`_MARK`, before the first
    word of a quantity (see :func:`_rare_words`); ``None`` when a first word is not plain letters."""
    approx_before: "re.Pattern[str]"
    noun_tail: "re.Pattern[str]"
    approx_after: "re.Pattern[str]"
    victim_after: "re.Pattern[str]"
    victim_before: "re.Pattern[str]"
    entre_before: "re.Pattern[str]"
    de_before: "re.Pattern[str]"
    a_before: "re.Pattern[str]"
    noun_before: "re.Pattern[str]"
    word: "re.Pattern[str]"
    year_cue: "re.Pattern[str]"
    conjunction: "re.Pattern[str]"
    """The gap of a range (``400 et 500``, ``400 and 500``)."""
    to: "re.Pattern[str]"
    """The gap of a change or range (``500 à 4 000``, ``500 to 4,000``)."""
    thousands_words: tuple[str, ...]
    """``de milliers`` / ``of thousands`` as words, after a collective noun."""
    strong: "re.Pattern[str] | None"
    """``-strong`` and the noun it sizes (``a 4,000-strong force``), where the language has it."""
    count_noun: "re.Pattern[str] | None"
    """``the number of trainers``: the noun a later bare target counts."""
    previous_level: "re.Pattern[str] | None"
    """``down from`` (+ an approximation) right before a bare number."""
    after_word: "re.Pattern[str]"
    """The word or sign right after a bare number (``500 km``, ``40 %``)."""
    change_cue: "re.Pattern[str] | None"
    """A word opening with a change cue (``augment``, ``rais``), from the start of the word;
    ``None`` when a cue is not plain letters (see :func:`_has_change_cue`)."""


@functools.cache
def _patterns(language: str = "fr") -> _Patterns:
    """The patterns of *language*, built from its tables on first use."""
    lx = lex.for_language(language)
    multiplier = rf"(?:{_alternation(list(lx.multipliers))})(?![a-z])"
    number_word = _alternation([w for w in lx.number_words if w not in lx.articles])
    articles = _alternation(lx.articles)
    continuation = f"{number_word}|{articles}" if lx.articles_in_compounds else number_word
    collective = _alternation(list(lx.approximate_nouns))
    thousands = r"(?:\s+" + r"\s+".join(lx.thousands_suffix.split()) + r")?(?![a-z])"
    adjectives = rf"(?:(?:{_alternation(lx.collective_adjectives)})\s+)?" if lx.collective_adjectives else ""
    connector = lx.compound_connector.replace("{number}", number_word)
    # what may follow the first number word of a compound: more number words and a scale word;
    # it never fails (it may match nothing)
    number_rest = rf"(?:(?:\ +|-)(?:{continuation})(?![a-z])|{connector}(?![a-z])){{0,10}}(?:\s+{multiplier})?"
    # the shapes of a word quantity, tried in this order: (kind group, forms, what follows the form)
    shapes: list[tuple[str | None, list[str], str]] = [
        ("fx", list(lx.fixed_quantities), r"(?![a-z])"),
        ("vd", list(lx.vague_determiners), rf"\s+(?:{_alternation(lx.vague_collectives)}){thousands}"),
        (None, list(lx.collective_articles), rf"\s+{adjectives}(?:{collective}){thousands}"),
        (None, list(lx.articles), rf"\s+(?:{_alternation(lx.article_scales)})(?![a-z])"),
        ("nw", [w for w in lx.number_words if w not in lx.articles], r"(?![a-z])"),
        ("vq", list(lx.vague_quantifiers), r"(?![a-z])"),
    ]
    shapes = [shape for shape in shapes if shape[1]]
    plain_words = "|".join(
        f"(?P<{group}>(?:{_alternation(forms)}){tail}{number_rest if group == 'nw' else ''})"
        if group
        else f"(?:{_alternation(forms)}){tail}"
        for group, forms, tail in shapes
    )
    # a word quantity starts after a space, or (rarely) another character that is no letter: a
    # literal first character lets ``re`` skip ahead fastest, so the two are scanned apart
    rare = "".join(sorted(set(lx.separators) - {" "}))
    # every word quantity opens with the first word of one of these forms
    first_words = sorted({_first_word(form) for _, forms, _ in shapes for form in forms})
    plain_first_words = all(re.fullmatch("[a-z]+", word) for word in first_words)
    plain_kinds = {group: _KINDS[group] for group, _, _ in shapes if group is not None}
    words, kinds = _by_first_word(shapes) if plain_first_words else (plain_words, plain_kinds)
    group = re.escape(lx.thousands_separators)
    decimal = re.escape(lx.decimal_mark)
    digits_tail = (
        rf"(?:[0-9]{{0,2}}(?:[{group}][0-9]{{3}})+|[0-9]*(?:{decimal}[0-9]+)?)"
        rf"(?![a-z0-9]|[.,][0-9])(?:\s+(?P<mult>{multiplier}))?"
    )
    approx_forms = []
    for key in lx.approximations:
        if key.endswith(" de"):
            approx_forms.append(key[:-3] + " de ")
            approx_forms.append(key[:-3] + " d'")
        else:
            approx_forms.append(key + " ")
    dets = _alternation(lx.noun_determiners)
    adjs = _alternation(lx.prenominal_adjectives)
    slots = "?" if lx.adjective_slots == 1 else f"{{0,{lx.adjective_slots}}}?"
    partitive = lx.partitive
    number_of = rf"|(?:{_alternation(lx.number_of)})\s+{partitive}(?:(?:{dets})\s+)?" if lx.number_of else ""
    lead = rf"\s+(?:{partitive}(?:(?:{dets})\s+)?{number_of})?(?:(?:{adjs})\s+){slots}"
    nouns = [*lx.personnel_nouns, *lx.nationality_nouns]
    count_noun = (
        re.compile(
            rf"(?<![a-z])(?:{_alternation(lx.count_nouns)})\s+{partitive}(?:(?:{dets})\s+)?(?:(?:{adjs})\s+){{0,2}}?"
            rf"(?P<noun>{_alternation(list(lx.personnel_nouns))})(?![\w-])"
        )
        if lx.count_nouns
        else None
    )
    return _Patterns(
        lexicon=lx,
        digits=re.compile(rf"[0-9](?<![\w.,/-][0-9]){digits_tail}"),
        zeroed_digits=re.compile(rf"0(?<![\w.,/-]0){digits_tail}"),
        words=re.compile(f" (?:{words})"),
        words_rare=re.compile(f"[{re.escape(rare)}](?:{plain_words})"),
        plain_words=plain_words,
        word_kinds=kinds,
        number_rest=re.compile(number_rest),
        plain_kinds=plain_kinds,
        rare=rare,
        # the first letter is tested before the trie: most marks (``l'i``, a paragraph's first
        # word) fail there
        rare_first=re.compile(
            f"{_MARK}(?=[{''.join(sorted({w[0] for w in first_words}))}])(?={_text.trie(first_words)})"
        )
        if plain_first_words
        else None,
        approx_before=re.compile(rf"(?<![a-z])(?P<approx>{_alternation(approx_forms)})\Z"),
        noun_tail=re.compile(rf"{lead}(?P<noun>{_alternation(nouns)})(?![\w-])"),
        approx_after=re.compile(rf"\s+(?P<approx>{_alternation(list(lx.postposed_approximations))})(?![a-z])"),
        victim_after=re.compile(rf"(?:\s+[a-z]+){{0,3}}?\s+(?:{_alternation(lx.victim_words)})(?![a-z])"),
        victim_before=re.compile(rf"(?<![a-z])(?:{_alternation(lx.victim_cues_before)})\s+\Z"),
        entre_before=re.compile(rf"(?<![a-z]){lx.between}\s+\Z"),
        de_before=re.compile(rf"(?<![a-z])(?:(?P<noun>[a-z]+)\s+)?{lx.change_from}\Z"),
        a_before=re.compile(rf"(?<![a-z]){lx.to}\s+\Z"),
        noun_before=re.compile(rf"(?<![a-z])(?P<noun>{_alternation(list(lx.nouns_before))})\s+{partitive}\Z"),
        word=re.compile(r"[a-z]+"),
        year_cue=re.compile(r"(?<![a-z'])(?P<word>[a-z]+(?:'[a-z]+)?'?)[\s-]+\Z"),
        conjunction=re.compile(rf"\s+{lx.conjunction}\s+"),
        to=re.compile(rf"\s+{lx.to}\s+"),
        thousands_words=tuple(lx.thousands_suffix.split()),
        strong=re.compile(rf"{lx.strength_suffix}\s+(?:(?:{adjs})\s+){{0,2}}?(?P<noun>[a-z]{{3,20}})(?![\w-])")
        if lx.strength_suffix
        else None,
        count_noun=count_noun,
        previous_level=re.compile(
            rf"(?<![a-z]){lx.previous_level}\s+(?:(?:{_alternation(list(lx.approximations))})\s+)?\Z"
        )
        if lx.previous_level
        else None,
        after_word=re.compile(r"\s*(?P<word>%|[a-z]+)"),
        change_cue=re.compile(rf"(?<![a-z])(?:{_text.trie(lx.change_cues)})")
        if all(re.fullmatch("[a-z]+", cue) for cue in lx.change_cues)
        else None,
    )


#: The kinds of word quantities that have a group in the pattern, by the group's name.
_KINDS = {"fx": "fixed", "vd": "amount", "nw": "words", "vq": "vague"}


def _first_word(form: str) -> str:
    return re.split(r"[ '-]", form, maxsplit=1)[0]


def _by_first_word(shapes: list[tuple[str | None, list[str], str]]) -> tuple[str, dict[str, str]]:
    """The shapes of word quantities as one trie of their first words, and the kinds by group.

    Tried one after another, the shapes cost ``re`` a jump into each at every word; here the
    first word is read once, and only the shapes with a form opening with that word are tried
    after it, in their order, so the same shape matches the same text. Every first word is plain
    letters and every shape has a character that is no letter after it (a separator of its form,
    or a space or a word end after the form), so the first word is the whole run of letters and
    a first word that only begins that run (``de`` of ``des``) is dropped at once. The rest of a
    number in words is not written after each number word (that would make the pattern five
    times as long, and slow to compile): the number shape ends at its word, in a group of kind
    ``"number"``, and the rest is read with :attr:`_Patterns.number_rest`,
    which never fails and so never made the shape give up its word (:func:`_word_reading`).
    """
    kinds: dict[str, str] = {}
    following: dict[str, list[str]] = {}
    for group, forms, tail in shapes:
        rests: dict[str, list[str]] = {}
        for form in forms:
            first = _first_word(form)
            rests.setdefault(first, []).append(form[len(first) :])
        for first, rest in rests.items():
            shape = _alternation(rest) + tail
            if group is not None:
                name = f"{group}{len(kinds)}"
                kinds[name] = "number" if group == "nw" else _KINDS[group]
                shape = f"(?P<{name}>{shape})"
            following.setdefault(first, []).append(shape)
    return _word_trie([(word, "|".join(shapes)) for word, shapes in following.items()]), kinds


def _word_trie(leaves: list[tuple[str, str]]) -> str:
    """A trie of words, each followed by no letter and then by its own pattern."""
    branches = []
    ends = [pattern for word, pattern in leaves if not word]
    ordered = sorted((leaf for leaf in leaves if leaf[0]), key=lambda leaf: leaf[0])
    for char, group in itertools.groupby(ordered, key=lambda leaf: leaf[0][0]):
        branches.append(re.escape(char) + _word_trie([(word[1:], pattern) for word, pattern in group]))
    if ends:
        branches.append(f"(?![a-z])(?:{ends[0]})")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def parse_number_words(words: str, language: str = "fr") -> int | None:
    """The value of number words (``quatre-vingt-dix``, ``two hundred and fifty``).

    Returns ``None`` when a word is not a number word of *language*.

    >>> parse_number_words("quatre-vingts")
    80
    >>> parse_number_words("trois mille cinq cents")
    3500
    >>> parse_number_words("three thousand five hundred", "en")
    3500
    """
    return _parse_words(words, lex.for_language(language))


def _parse_words(words: str, lx: lex.NumberLexicon) -> int | None:
    return _parse_folded(fold(words), lx)


#: What separates number words (``quatre-vingt-dix``, ``trois mille``).
_WORD_BREAK = re.compile(r"[\s-]+")


def _parse_folded(words: str, lx: lex.NumberLexicon) -> int | None:
    """:func:`_parse_words` of words already folded, as the text's lower-case view is (folding
    again changes nothing but white space, which is split on, and costs more than the parse)."""
    tokens = [t for t in _WORD_BREAK.split(words) if t and t not in lx.skip_words]
    total = 0
    current = 0
    previous = ""
    for token in tokens:
        if token in lx.multipliers:
            total = (total + (current or 1)) * lx.multipliers[token]
            current = 0
        elif token not in lx.number_words:
            return None
        else:
            value = lx.number_words[token]
            if value == 1000:
                total += (current or 1) * 1000
                current = 0
            elif value == 100:
                current = (current or 1) * 100 if current < 100 else current + 100
            elif value == 20 and previous == lx.vigesimal and current % 100 == 4:
                current += 80 - 4  # quatre-vingt(s): 4 x 20
            else:
                current += value
        previous = token
    return total + current


def _digits_value(digits: str, multiplier: str | None, lx: lex.NumberLexicon) -> int | None:
    if lx.decimal_mark in digits:
        if multiplier is None:
            return None  # a decimal is never a head count
        whole, _, fraction = digits.partition(lx.decimal_mark)
        scale: int = 10 ** len(fraction)
        return (int(whole) * scale + int(fraction)) * lx.multipliers[fold(multiplier)] // scale
    for separator in lx.thousands_separators:
        digits = digits.replace(separator, "")
    value = int(digits)
    if multiplier is not None:
        value *= lx.multipliers[fold(multiplier)]
    return value


#: The white space after an apostrophe (``d' environ``), dropped in a lexicon key.
_APOSTROPHE_SPACE = re.compile(r"'\s+")


def _approx_key(text: str) -> str:
    key = " ".join(text.split())
    key = _APOSTROPHE_SPACE.sub("'", key)
    if key.endswith("d'"):
        key = key[:-2] + "de"
    return key


class _Quantity(NamedTuple):
    """A number as read, with its noun (a named tuple: thousands are made per text, and a tuple
    is quicker to make than an attrs class)."""

    start: int
    """Where the figure starts: its approximation word, or the number."""
    number_start: int
    number_end: int
    value: int | None
    approximation: Approximation
    explicit_approximation: bool
    noun_start: int | None = None
    noun_end: int | None = None
    end: int = 0
    """End of the number, noun and any postposed approximation."""
    victim: bool = False


def _read_words(phrase: str, patterns: _Patterns) -> tuple[int | None, Approximation] | None:
    """Value and exactness of a (folded) word quantity; ``None`` for a bare article (``un soldat``)."""
    lx = patterns.lexicon
    tokens = phrase.split()
    for index, token in enumerate(tokens[:3]):
        if token in lx.plural_collectives:
            return None, Approximation.VAGUE
        if token in lx.approximate_nouns:
            value = lx.approximate_nouns[token]
            factor = _parse_folded(" ".join(tokens[:index]), lx) if index else None
            if factor:
                value *= factor  # ``two dozen`` is about 24 (``a dozen``: 1 x 12)
            if tuple(tokens[index + 1 : index + 3]) == patterns.thousands_words:
                value *= 1000
            return value, Approximation.APPROXIMATE
    if len(tokens) == 1 and tokens[0] in lx.bare_not_counts:
        return None
    parsed = _parse_folded(phrase, lx)
    return None if parsed is None else (parsed, Approximation.EXACT)


def _is_year(low: str, start: int, digits: str, patterns: _Patterns) -> bool:
    """A bare ``2018`` after ``depuis``, ``en``, a month...: a year, whatever follows."""
    if not (len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100):
        return False
    before = patterns.year_cue.search(low, max(0, start - 20), start)
    return before is not None and before.group("word") in patterns.lexicon.year_cues


#: A number as read: start, end, its folded words or digits, its scale word, and its kind
#: (``"digits"``, ``"words"``, ``"amount"`` for a vague amount such as ``quelques centaines``, or
#: ``"vague"`` for a quantifier that needs its noun). A plain tuple: thousands are made per text.
_Found = tuple[int, int, str, str | None, str]


def _readings(low: str, patterns: _Patterns) -> list[_Found]:
    """Digit numbers and word quantities of *low*, in text order."""
    found = _digit_numbers(low, patterns)
    # the word pattern needs a character before the word: read the opening on a padded copy
    padded = " " + low[:80]
    head = patterns.words.match(padded)
    readings = [_word_reading(padded, head, patterns, patterns.word_kinds, -1)] if head is not None else []
    readings += _scan_words(low, patterns)
    readings += [_word_reading(low, match, patterns, patterns.plain_kinds) for match in _rare_words(low, patterns)]
    for start, end, kind in readings:
        found.append((start, end, low[start:end], None, kind))
    found.sort()
    return found


def _digit_numbers(low: str, patterns: _Patterns) -> list[_Found]:
    """The numbers in digits of *low*: what ``patterns.digits.finditer(low)`` finds.

    A pattern that opens with a class of digits is tried at every character; in a copy of *low*
    where each digit is ``0`` (nine ``str.replace`` in C), :attr:`~_Patterns.zeroed_digits`
    opens with that literal, which ``re`` skips to in C. The pattern reads digits only as
    ``[0-9]`` (and ``\\w``), the same in both copies, so it matches at the same places; the
    digits themselves are read from *low*.
    """
    zeroed = low
    for digit in "123456789":
        if digit in zeroed:
            zeroed = zeroed.replace(digit, "0")
    found: list[_Found] = []
    for match in patterns.zeroed_digits.finditer(zeroed):
        start, end = match.span()
        scale = match.group("mult")  # letters: the same in both copies
        found.append((start, end, low[start:end], scale, "digits"))
    return found


def _word_reading(
    low: str, match: "re.Match[str]", patterns: _Patterns, kinds: dict[str, str], shift: int = 0
) -> tuple[int, int, str]:
    """Start, end and kind of the word quantity *match* found (after its separator) in *low*.

    *kinds* are those of the match's pattern. A number word (kind ``"number"``) goes on with
    :attr:`~_Patterns.number_rest`, as it would in one pattern (see :func:`_by_first_word`).
    *shift* is added to the offsets.
    """
    kind = kinds.get(match.lastgroup or "", "words")
    end = match.end()
    if kind == "number":
        rest = patterns.number_rest.match(low, end)
        assert rest is not None  # every part of it is optional
        end, kind = rest.end(), "words"
    return match.start() + 1 + shift, end + shift, kind


def _scan_words(low: str, patterns: _Patterns) -> list[tuple[int, int, str]]:
    """:func:`_word_reading` of each match of :attr:`~_Patterns.words`, each searched for from
    the end of the quantity before, as ``finditer`` would with the rest of numbers in the
    pattern."""
    found = []
    words, kinds = patterns.words, patterns.word_kinds
    match = words.search(low)
    while match is not None:
        reading = _word_reading(low, match, patterns, kinds)
        found.append(reading)
        match = words.search(low, reading[1])
    return found


#: What :func:`_rare_words` makes of the separators other than a space in its copy of the text.
_MARK = "\x00"


def _rare_words(low: str, patterns: _Patterns) -> list["re.Match[str]"]:
    """``list(patterns.words_rare.finditer(low))``, tried only where it may match.

    A class of separators makes ``re`` test every character; in a copy of *low* where each of
    them is :data:`_MARK`, a literal leads the scan for :attr:`~_Patterns.rare_first`, which
    finds each separator followed by a first word of a quantity (letters, the same in the copy)
    and consumes only the separator, so every place the pattern matches is among them. A text
    with a mark of its own only adds places where the pattern fails.
    """
    first = patterns.rare_first
    if first is None:
        return list(patterns.words_rare.finditer(low))
    marked = low
    for separator in patterns.rare:
        if separator in marked:
            marked = marked.replace(separator, _MARK)
    found: list[re.Match[str]] = []
    end = 0
    for candidate in first.finditer(marked):
        start = candidate.start()
        if start >= end:
            match = patterns.words_rare.match(low, start)
            if match is not None:
                found.append(match)
                end = match.end()
    return found


def _quantities(text: str, low: str, patterns: _Patterns) -> list[_Quantity]:
    lx = patterns.lexicon
    quantities: list[_Quantity] = []
    last_end = -1
    for start, end, phrase, multiplier, kind in _readings(low, patterns):
        if start < last_end:
            continue
        value: int | None
        if kind == "digits":
            if multiplier is None and phrase.isdigit():  # most numbers: ``500``, ``2019``
                value = int(phrase)
            else:
                value = _digits_value(phrase.split()[0] if multiplier else phrase, multiplier, lx)
                if value is None:
                    continue
            if (
                len(phrase) == 4
                and _is_year(low, start, phrase, patterns)
                and not patterns.approx_before.search(low, max(0, start - 40), start)
            ):
                continue  # ``since 2018``; but ``in excess of 1900 troops`` is a count
            approximation = Approximation.EXACT
        elif kind == "vague":
            # ``quelques instructeurs``, ``une poignée d'instructeurs``: a vague amount, only before a noun
            noun = patterns.noun_tail.match(low, end)
            if noun is None or noun.group("noun") in lx.informant_nouns:
                continue
            value, approximation = None, Approximation.VAGUE
        elif kind == "amount":
            value, approximation = None, Approximation.VAGUE
        elif kind == "fixed":
            value, approximation = lx.fixed_quantities[" ".join(phrase.split())], Approximation.APPROXIMATE
        else:
            read = _read_words(phrase, patterns)
            if read is None:
                continue
            value, approximation = read
        last_end = end
        figure_start = start
        explicit = False
        if approximation is not Approximation.VAGUE:
            before = patterns.approx_before.search(low, max(0, start - 40), start)
            if before is not None:
                approximation = lx.approximations[_approx_key(before.group("approx"))]
                figure_start = before.start()
                explicit = True
        quantity = _Quantity(figure_start, start, end, value, approximation, explicit, end=end)
        quantities.append(_with_noun(text, low, quantity, patterns))
    return quantities


def _with_noun(text: str, low: str, quantity: _Quantity, patterns: _Patterns) -> _Quantity:
    lx = patterns.lexicon
    tail = patterns.noun_tail.match(low, quantity.number_end)
    if tail is not None and tail.group("noun") not in lx.personnel_nouns and not text[tail.start("noun")].isupper():
        tail = None  # a nationality counts people only as a capitalised noun (``90 Belges``)
    if tail is None and patterns.strong is not None and quantity.value is not None:
        tail = patterns.strong.match(low, quantity.number_end)  # ``a 4,000-strong force``
    if tail is None:
        return quantity
    end = tail.end()
    approximation = quantity.approximation
    explicit = quantity.explicit_approximation
    after = patterns.approx_after.match(low, end)
    if after is not None and not explicit and approximation is Approximation.EXACT:
        approximation = lx.postposed_approximations[_approx_key(after.group("approx"))]
        explicit = True
        end = after.end()
    victim = patterns.victim_after.match(low, tail.end()) is not None or (
        patterns.victim_before.search(low, max(0, quantity.start - 30), quantity.start) is not None
    )
    return _Quantity(
        quantity.start,
        quantity.number_start,
        quantity.number_end,
        quantity.value,
        approximation,
        explicit,
        tail.start("noun"),
        tail.end("noun"),
        end,
        victim,
    )


def _unit(document: Document, text: str, quantity: _Quantity) -> str:
    """The noun *quantity* counts, as written (normalised, white space squashed); *text* is the
    document's analysis view."""
    assert quantity.noun_start is not None
    assert quantity.noun_end is not None
    return " ".join(_as_written(document, text, quantity.noun_start, quantity.noun_end).split())


def _as_written(document: Document, text: str, start: int, end: int) -> str:
    """``normalize(document.text[start:end])``, from *text*, the analysis view, where it can be.

    The view is the normalised text with noise furniture blanked to line breaks, so a piece of it
    with no line break is the normalised piece, already made: normalising a few words afresh
    costs a look for each character it folds, more than the rest of a figure's noun.
    """
    piece = text[start:end]
    return piece if "\n" not in piece else normalize(document.text[start:end])


def _has_change_cue(low: str, start: int, patterns: _Patterns) -> bool:
    """Whether a word of the clause before *start* (up to 60 characters back) opens with a
    change cue.

    The words are the runs of letters of the window, the first one cut by it; a cue of plain
    letters opens one exactly where :attr:`~_Patterns.change_cue` matches from a place no letter
    precedes (in the window), so one search stands for splitting the words and testing each.
    """
    window = low[max(0, start - 60) : start]
    cut = max(window.rfind("."), window.rfind(";"))
    if patterns.change_cue is not None:
        return patterns.change_cue.search(window, cut + 1) is not None
    words = patterns.word.findall(window, cut + 1)
    return any(word.startswith(patterns.lexicon.change_cues) for word in words)


def _strength_noun(document: Document, low: str, start: int, patterns: _Patterns) -> str | None:
    """A strength noun (``effectifs``) earlier in the clause, standing for the counted noun."""
    window_start = max(0, start - 80)
    cut = max(
        low.rfind(".", window_start, start), low.rfind(";", window_start, start), low.rfind("\n", window_start, start)
    )
    for match in reversed(list(patterns.word.finditer(low, max(window_start, cut + 1), start))):
        if match.group() in patterns.lexicon.strength_nouns:
            return normalize(document.text[match.start() : match.end()])
    return None


def _year_like(value: int | None) -> bool:
    return value is not None and 1900 <= value <= 2100


def _figure(
    document: Document,
    quantity: _Quantity,
    unit: str,
    role: FigureRole,
    approximation: Approximation | None = None,
) -> PersonnelFigure:
    end = quantity.end if quantity.noun_end is not None else quantity.number_end
    return PersonnelFigure(
        span=document.span(quantity.start, end),
        value=quantity.value,
        approximation=approximation or quantity.approximation,
        unit=unit,
        role=role,
    )


def _pair_kind(low: str, first: _Quantity, second: _Quantity, patterns: _Patterns) -> str | None:
    """``"change"``, ``"range"`` or ``None`` for two numbers next to each other."""
    if second.value is None:
        return None
    # the gap between the two is matched in place (``fullmatch`` with bounds), not copied
    gap_start = first.end if first.noun_end is not None else first.number_end
    gap_end = second.start
    window_start = max(0, first.start - 40)
    if first.value is None:
        # ``from a few hundred to about 4,000 personnel``: a vague start only of a change
        de = patterns.de_before.search(low, window_start, first.start)
        if (
            de is None
            or not patterns.to.fullmatch(low, gap_start, gap_end)
            or not _has_change_cue(low, first.start, patterns)
        ):
            return None
        return "change"
    if patterns.conjunction.fullmatch(low, gap_start, gap_end):
        if patterns.entre_before.search(low, window_start, first.start):
            return "range"
        return None
    if not patterns.to.fullmatch(low, gap_start, gap_end):
        return None
    de = patterns.de_before.search(low, window_start, first.start)
    if de is None:
        return "range"
    if _has_change_cue(low, de.end("noun") if de.group("noun") else de.start(), patterns):
        return "change"
    noun = de.group("noun")
    if noun is not None and noun in patterns.lexicon.range_nouns:
        return "range"
    return "change"


def _noun_before(low: str, quantity: _Quantity, patterns: _Patterns) -> "re.Match[str] | None":
    """A noun right before ``de`` + the figure (``des effectifs de 4 000``, ``un plafond de 4 000``)."""
    return patterns.noun_before.search(low, max(0, quantity.start - 45), quantity.start)


def _counted_after(low: str, quantity: _Quantity, patterns: _Patterns) -> bool:
    """False when a bare number measures something else: a sum (``$500``), a share (``40 %``),
    a distance or a time (``500 km``, ``12 months``)."""
    if quantity.number_start > 0 and low[quantity.number_start - 1] in "$€£":
        return False
    after = patterns.after_word.match(low, quantity.number_end)
    if after is None:
        return True
    return after.group("word") != "%" and after.group("word") not in patterns.lexicon.not_counted_after


def _clause_start(low: str, start: int, reach: int) -> int:
    window_start = max(0, start - reach)
    cut = max(
        low.rfind(".", window_start, start), low.rfind(";", window_start, start), low.rfind("\n", window_start, start)
    )
    return max(window_start, cut + 1)


def _bare_unit(
    document: Document, low: str, quantity: _Quantity, figures: list[PersonnelFigure], patterns: _Patterns
) -> tuple[str, FigureRole] | None:
    """The noun and role of a bare number that ends a change (``the number of trainers will rise to
    4,000``, ``personnel will be cut to 2,500``) or gives the earlier level of the figure before it
    (``2,500 troops, down from more than 5,000``)."""
    if _year_like(quantity.value) or not _counted_after(low, quantity, patterns):
        return None
    start = quantity.start
    previous = patterns.previous_level
    if previous is not None and previous.search(low, max(0, start - 40), start):
        last = figures[-1] if figures else None
        if last is not None and not any(mark in low[last.span.end : start] for mark in ".!?;\n"):
            return last.unit, FigureRole.FROM
        return None  # ``down from 5`` after no figure may count anything
    if not patterns.a_before.search(low, max(0, start - 10), start) or not _has_change_cue(low, start, patterns):
        return None
    noun = _counted_noun(document, low, start, patterns)
    return None if noun is None else (noun, FigureRole.TO)


def _counted_noun(document: Document, low: str, start: int, patterns: _Patterns) -> str | None:
    """The noun a bare change counts: ``the number of trainers`` earlier in the clause, else a
    strength noun (``troop levels``, ``personnel``)."""
    if patterns.count_noun is not None:
        found = list(patterns.count_noun.finditer(low, _clause_start(low, start, 100), start))
        if found:
            counted = found[-1]
            return normalize(document.text[counted.start("noun") : counted.end("noun")])
    return _strength_noun(document, low, start, patterns)


def find(document: Document) -> tuple[PersonnelFigure, ...]:
    """Every personnel figure in *document*, in text order.

    ``mission_id`` is left ``None``: linking a figure to a mission is the resolver's work. A
    figure with no noun after it counts when a strength noun stands before it (``des effectifs
    de 4 000``), or a limit noun does and an earlier figure of the sentence names the people
    (``près de 600 militaires, loin du plafond de 4 000``); a limit noun makes it a bound
    (``plafond`` = at most).
    """
    patterns = _patterns(document.language)
    text = _text.view(document)
    low = _text.lower_view_as_str_lower(document)
    quantities = _quantities(text, low, patterns)
    figures: list[PersonnelFigure] = []
    index = 0
    while index < len(quantities):
        quantity = quantities[index]
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        kind = _pair_kind(low, quantity, following, patterns) if following is not None else None
        if following is not None and kind is not None:
            index += 2
            if quantity.victim or following.victim:
                continue
            unit_first = _unit(document, text, quantity) if quantity.noun_end is not None else None
            unit_second = _unit(document, text, following) if following.noun_end is not None else None
            if unit_first is not None and unit_second is None and kind != "change":
                # ``500 soldats à 10 km``: only a change carries the first noun over
                index -= 1
                if not quantity.victim:
                    figures.append(_figure(document, quantity, unit_first, FigureRole.LEVEL))
                continue
            shared = unit_second or unit_first
            if shared is None and not all(_year_like(q.value) for q in (quantity, following)):
                shared = _counted_noun(document, low, quantity.start, patterns)
            if shared is None:
                continue
            if kind == "change":
                figures.append(_figure(document, quantity, unit_first or shared, FigureRole.FROM))
                figures.append(_figure(document, following, unit_second or shared, FigureRole.TO))
            else:
                figures.append(
                    _figure(document, quantity, unit_first or shared, FigureRole.LEVEL, Approximation.AT_LEAST)
                )
                figures.append(
                    _figure(document, following, unit_second or shared, FigureRole.LEVEL, Approximation.AT_MOST)
                )
            continue
        index += 1
        if quantity.victim:
            continue
        before = _noun_before(low, quantity, patterns) if quantity.value is not None else None
        bound = patterns.lexicon.nouns_before[before.group("noun")] if before is not None else None
        if quantity.noun_end is not None:
            unit = _unit(document, text, quantity)
        elif quantity.value is None:
            continue
        elif before is None or _year_like(quantity.value):
            bare = _bare_unit(document, low, quantity, figures, patterns) if before is None else None
            if bare is not None:
                figures.append(_figure(document, quantity, bare[0], bare[1]))
            continue
        elif not _counted_after(low, quantity, patterns):
            continue
        elif bound is None:
            unit = _as_written(document, text, before.start("noun"), before.end("noun"))
        else:
            previous = figures[-1] if figures else None
            if previous is None or any(mark in low[previous.span.end : quantity.start] for mark in ".!?\n"):
                continue  # a bare limit counts people only after a figure of the same sentence
            unit = previous.unit
        role = FigureRole.LEVEL
        if patterns.a_before.search(low, max(0, quantity.start - 10), quantity.start) and _has_change_cue(
            low, quantity.start, patterns
        ):
            role = FigureRole.TO
        approximation = bound if bound is not None and not quantity.explicit_approximation else None
        figures.append(_figure(document, quantity, unit, role, approximation))
    return tuple(figures)
