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
* ``une dizaine`` is 10 ``APPROXIMATE``; ``quelques centaines`` is ``VAGUE`` with no value.
* Counts of victims or captives (``trois soldats tués``) are not personnel strength and are
  skipped.

The text is read through :func:`~nato_iraq.document.analysis_text`, where no-break and narrow
no-break spaces are already plain spaces, so ``4\u202f000`` and ``4 000`` are the same number.
"""

import functools
import re

import attrs

from ..document import Document, normalize
from ..model import Approximation, FigureRole, PersonnelFigure
from . import _text
from .lexicon import fold
from .lexicon import numbers as lex

__all__ = ["find", "parse_number_words"]

_LOOSE = {
    "a": "[aàâä]",
    "e": "[eéèêë]",
    "i": "[iîï]",
    "o": "[oôö]",
    "u": "[uùûü]",
    "c": "[cç]",
    " ": r"\s+",
    "'": r"'\s*",
}


def _loose(folded: str) -> str:
    """A pattern matching *folded* with or without its accents (use with IGNORECASE)."""
    return "".join(_LOOSE.get(ch, re.escape(ch)) for ch in folded)


def _alternation(forms: "frozenset[str] | list[str]") -> str:
    return "|".join(_loose(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


_VARIANTS = {"a": "aàâäAÀÂÄ", "e": "eéèêëEÉÈÊË", "i": "iîïIÎÏ", "o": "oôöOÔÖ", "u": "uùûüUÙÛÜ", "c": "cçCÇ"}


def _first_char_pattern(entries: "list[tuple[str, str]]") -> str:
    """One pattern for many phrases that the regex engine can scan quickly.

    Each entry is a folded first word and the pattern that must follow it. The result starts
    with a character class of the possible first letters, which lets ``re`` skip ahead in C to
    the next candidate letter instead of trying every alternative at every position; a
    lookbehind then checks the word boundary and, per branch, which letter was read.
    """
    buckets: dict[str, list[tuple[str, str]]] = {}
    for word, continuation in entries:
        buckets.setdefault(word[0], []).append((word, continuation))
    letters = ""
    branches = []
    for first in sorted(buckets):
        variants = _VARIANTS.get(first, first + first.upper())
        letters += variants
        alternatives = sorted(buckets[first], key=lambda e: (-len(e[0]), e[0]))
        body = "|".join(f"(?i:{_loose(word[1:])}){continuation}" for word, continuation in alternatives)
        branches.append(f"(?<=[{variants}])(?:{body})")
    return f"[{letters}](?<![\\w-].)(?:{'|'.join(branches)})"


@attrs.frozen
class _Patterns:
    digits: "re.Pattern[str]"
    words: "re.Pattern[str]"
    approx_before: "re.Pattern[str]"
    noun_tail: "re.Pattern[str]"
    nationality_tail: "re.Pattern[str]"
    approx_after: "re.Pattern[str]"
    victim_after: "re.Pattern[str]"
    victim_before: "re.Pattern[str]"
    entre_before: "re.Pattern[str]"
    de_before: "re.Pattern[str]"
    a_before: "re.Pattern[str]"
    word: "re.Pattern[str]"
    year_cue: "re.Pattern[str]"


@functools.cache
def _patterns() -> _Patterns:
    multiplier = rf"(?i:{_alternation(list(lex.MULTIPLIERS))})(?!\w)"
    number_word = rf"(?i:{_alternation(list(lex.NUMBER_WORDS))})(?!\w)"
    collective = _alternation(list(lex.APPROXIMATE_NOUNS))
    collective_plural = _alternation(
        [n + "s" for n in lex.APPROXIMATE_NOUNS] + [m for m in lex.MULTIPLIERS if m.endswith("s")]
    )
    thousands = r"(?:\s+de\s+milliers)?(?!\w)"
    numbers_rest = (
        rf"(?!\w)(?:(?:\ +|-){number_word}|(?:\s+et\s+|-et-)(?i:une?|onze)(?!\w)){{0,10}}(?:\s+{multiplier})?"
    )
    entries: list[tuple[str, str]] = []
    for det in lex.VAGUE_DETERMINERS:
        entries.append((det, rf"(?i:\s+(?:{collective_plural})){thousands}"))
    for article in ("une", "un"):
        entries.append((article, rf"(?i:\s+(?:(?:petite|bonne)\s+)?(?:{collective})){thousands}"))
    for word in lex.NUMBER_WORDS:
        # the article alone (``un soldat``) is no count: ``un``/``une`` only before a scale word
        entries.append((word, rf"(?!\w)\s+{multiplier}" if word in ("un", "une") else numbers_rest))
    digits = re.compile(
        rf"\d(?<![\w.,/-]\d)(?:\d{{0,2}}(?:[ .]\d{{3}})+|\d*(?:,\d+)?)(?!\w|[.,]\d)(?:\s+(?P<mult>{multiplier}))?"
    )
    words = re.compile(_first_char_pattern(entries))
    approx_forms = []
    for key in sorted(lex.APPROXIMATIONS, key=lambda k: (-len(k), k)):
        if key.endswith(" de"):
            approx_forms.append(_loose(key[:-3]) + r"\s+(?:de\s+|d'\s*)")
        elif key.endswith("'a"):
            approx_forms.append(_loose(key[:-1]) + r"[aà]\s+")
        else:
            approx_forms.append(_loose(key) + r"\s+")
    approx_before = re.compile(rf"(?<!\w)(?P<approx>{'|'.join(approx_forms)})\Z", re.IGNORECASE)
    dets = _alternation(lex.NOUN_DETERMINERS)
    adjs = _alternation(lex.PRENOMINAL_ADJECTIVES)
    lead = rf"\s+(?:(?:de\s+|d'\s*)(?:(?:{dets})\s+)?)?(?:(?:{adjs})\s+)?"
    noun_tail = re.compile(rf"{lead}(?P<noun>{_alternation(lex.PERSONNEL_NOUNS)})(?![\w-])", re.IGNORECASE)
    capitalised = []
    for form in sorted(lex.NATIONALITY_NOUNS, key=lambda f: (-len(f), f)):
        first = _loose(form[0]).upper() if form[0] in _LOOSE else form[0].upper()
        capitalised.append(first + _loose(form[1:]))
    nationality_tail = re.compile(rf"(?i:{lead})(?P<noun>{'|'.join(capitalised)})(?![\w-])")
    approx_after = re.compile(
        rf"\s+(?P<approx>{_alternation(list(lex.POSTPOSED_APPROXIMATIONS))})(?!\w)", re.IGNORECASE
    )
    victim_after = re.compile(rf"(?:\s+[^\W\d_]+){{0,3}}?\s+(?:{_alternation(lex.VICTIM_WORDS)})(?!\w)", re.IGNORECASE)
    victim_before = re.compile(rf"(?<!\w)(?:{_alternation(lex.VICTIM_CUES_BEFORE)})\s+\Z", re.IGNORECASE)
    return _Patterns(
        digits=digits,
        words=words,
        approx_before=approx_before,
        noun_tail=noun_tail,
        nationality_tail=nationality_tail,
        approx_after=approx_after,
        victim_after=victim_after,
        victim_before=victim_before,
        entre_before=re.compile(r"(?<!\w)entre\s+\Z", re.IGNORECASE),
        de_before=re.compile(r"(?<!\w)(?:(?P<noun>[^\W\d_]+)\s+)?(?:de\s+|d'\s*)\Z", re.IGNORECASE),
        a_before=re.compile(r"(?<!\w)[aà]\s+\Z", re.IGNORECASE),
        word=re.compile(r"[^\W\d_]+"),
        year_cue=re.compile(r"(?<![\w'])(?P<word>[^\W\d_]+(?:'[^\W\d_]+)?'?)[\s-]+\Z"),
    )


def parse_number_words(words: str) -> int | None:
    """The value of French number words (``quatre-vingt-dix``, ``deux mille cinq cents``).

    Returns ``None`` when a word is not a number word.

    >>> parse_number_words("quatre-vingts")
    80
    >>> parse_number_words("trois mille cinq cents")
    3500
    """
    tokens = [t for t in re.split(r"[\s-]+", fold(words)) if t and t != "et"]
    total = 0
    current = 0
    previous = ""
    for token in tokens:
        if token in lex.MULTIPLIERS:
            total = (total + (current or 1)) * lex.MULTIPLIERS[token]
            current = 0
        elif token not in lex.NUMBER_WORDS:
            return None
        else:
            value = lex.NUMBER_WORDS[token]
            if value == 1000:
                total += (current or 1) * 1000
                current = 0
            elif value == 100:
                current = (current or 1) * 100 if current < 100 else current + 100
            elif value == 20 and previous == "quatre" and current % 100 == 4:
                current += 80 - 4  # quatre-vingt(s): 4 x 20
            else:
                current += value
        previous = token
    return total + current


def _digits_value(digits: str, multiplier: str | None) -> int | None:
    if "," in digits:
        if multiplier is None:
            return None  # a decimal is never a head count
        whole, _, fraction = digits.partition(",")
        scale: int = 10 ** len(fraction)
        return (int(whole) * scale + int(fraction)) * lex.MULTIPLIERS[fold(multiplier)] // scale
    value = int(digits.replace(" ", "").replace(".", ""))
    if multiplier is not None:
        value *= lex.MULTIPLIERS[fold(multiplier)]
    return value


def _approx_key(text: str) -> str:
    key = " ".join(fold(text).split())
    key = re.sub(r"'\s+", "'", key)
    if key.endswith("d'"):
        key = key[:-2] + "de"
    return key


@attrs.frozen
class _Quantity:
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


def _read_words(phrase: str) -> tuple[int | None, Approximation] | None:
    """Value and exactness of a word quantity; ``None`` for a bare article (``un soldat``)."""
    tokens = fold(phrase).split()
    plural_collectives = {n + "s" for n in lex.APPROXIMATE_NOUNS} | {m for m in lex.MULTIPLIERS if m.endswith("s")}
    for index, token in enumerate(tokens[:3]):
        if token in plural_collectives:
            return None, Approximation.VAGUE
        if token in lex.APPROXIMATE_NOUNS:
            value = lex.APPROXIMATE_NOUNS[token]
            if tokens[index + 1 : index + 3] == ["de", "milliers"]:
                value *= 1000
            return value, Approximation.APPROXIMATE
    if tokens in (["un"], ["une"]):
        return None
    parsed = parse_number_words(phrase)
    return None if parsed is None else (parsed, Approximation.EXACT)


def _is_year(text: str, match: "re.Match[str]") -> bool:
    """A bare ``2018`` after ``depuis``, ``en``, a month...: a year, whatever follows."""
    digits = match.group()
    if not (len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100):
        return False
    before = _patterns().year_cue.search(text, max(0, match.start() - 20), match.start())
    return before is not None and fold(before.group("word")) in lex.YEAR_CUES


def _quantities(text: str) -> list[_Quantity]:
    patterns = _patterns()
    matches = sorted([*patterns.digits.finditer(text), *patterns.words.finditer(text)], key=lambda m: m.start())
    found: list[_Quantity] = []
    last_end = -1
    for match in matches:
        if match.start() < last_end:
            continue
        value: int | None
        if match.group()[0].isdigit():
            value = _digits_value(
                match.group().split()[0] if match.group("mult") else match.group(), match.group("mult")
            )
            if value is None or _is_year(text, match):
                continue
            approximation = Approximation.EXACT
        else:
            read = _read_words(match.group())
            if read is None:
                continue
            value, approximation = read
        last_end = match.end()
        start = match.start()
        explicit = False
        if approximation is not Approximation.VAGUE:
            before = patterns.approx_before.search(text, max(0, start - 40), start)
            if before is not None:
                approximation = lex.APPROXIMATIONS[_approx_key(before.group("approx"))]
                start = before.start()
                explicit = True
        quantity = _Quantity(start, match.start(), match.end(), value, approximation, explicit, end=match.end())
        found.append(_with_noun(text, quantity))
    return found


def _with_noun(text: str, quantity: _Quantity) -> _Quantity:
    patterns = _patterns()
    tail = patterns.noun_tail.match(text, quantity.number_end) or patterns.nationality_tail.match(
        text, quantity.number_end
    )
    if tail is None:
        return quantity
    end = tail.end()
    approximation = quantity.approximation
    explicit = quantity.explicit_approximation
    after = patterns.approx_after.match(text, end)
    if after is not None and not explicit and approximation is Approximation.EXACT:
        approximation = lex.POSTPOSED_APPROXIMATIONS[_approx_key(after.group("approx"))]
        explicit = True
        end = after.end()
    victim = patterns.victim_after.match(text, tail.end()) is not None or (
        patterns.victim_before.search(text, max(0, quantity.start - 30), quantity.start) is not None
    )
    return attrs.evolve(
        quantity,
        approximation=approximation,
        explicit_approximation=explicit,
        noun_start=tail.start("noun"),
        noun_end=tail.end("noun"),
        end=end,
        victim=victim,
    )


def _unit(document: Document, quantity: _Quantity) -> str:
    assert quantity.noun_start is not None
    assert quantity.noun_end is not None
    return " ".join(normalize(document.text[quantity.noun_start : quantity.noun_end]).split())


def _has_change_cue(text: str, start: int) -> bool:
    window = text[max(0, start - 60) : start]
    cut = max(window.rfind("."), window.rfind(";"))
    words = (fold(w) for w in _patterns().word.findall(window[cut + 1 :]))
    return any(word.startswith(stem) for word in words for stem in lex.CHANGE_CUES)


def _strength_noun(document: Document, text: str, start: int) -> str | None:
    """A strength noun (``effectifs``) earlier in the clause, standing for the counted noun."""
    window_start = max(0, start - 80)
    window = text[window_start:start]
    cut = max(window.rfind("."), window.rfind(";"), window.rfind("\n"))
    for match in reversed(list(_patterns().word.finditer(window, cut + 1))):
        if fold(match.group()) in lex.STRENGTH_NOUNS:
            return normalize(document.text[window_start + match.start() : window_start + match.end()])
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


def _pair_kind(text: str, first: _Quantity, second: _Quantity) -> str | None:
    """``"change"``, ``"range"`` or ``None`` for two numbers next to each other."""
    if first.value is None or second.value is None:
        return None
    gap_start = first.end if first.noun_end is not None else first.number_end
    gap = text[gap_start : second.start]
    patterns = _patterns()
    window_start = max(0, first.start - 40)
    if re.fullmatch(r"\s+et\s+", gap, re.IGNORECASE):
        if patterns.entre_before.search(text, window_start, first.start):
            return "range"
        return None
    if not re.fullmatch(r"\s+[aà]\s+", gap, re.IGNORECASE):
        return None
    de = patterns.de_before.search(text, window_start, first.start)
    if de is None:
        return "range"
    if _has_change_cue(text, de.end("noun") if de.group("noun") else de.start()):
        return "change"
    noun = de.group("noun")
    if noun is not None and fold(noun) in lex.RANGE_NOUNS:
        return "range"
    return "change"


def find(document: Document) -> tuple[PersonnelFigure, ...]:
    """Every personnel figure in *document*, in text order.

    ``mission_id`` is left ``None``: linking a figure to a mission is the resolver's work.
    """
    text = _text.view(document)
    quantities = _quantities(text)
    figures: list[PersonnelFigure] = []
    index = 0
    while index < len(quantities):
        quantity = quantities[index]
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        kind = _pair_kind(text, quantity, following) if following is not None else None
        if following is not None and kind is not None:
            index += 2
            if quantity.victim or following.victim:
                continue
            unit_first = _unit(document, quantity) if quantity.noun_end is not None else None
            unit_second = _unit(document, following) if following.noun_end is not None else None
            if unit_first is not None and unit_second is None and kind != "change":
                # ``500 soldats à 10 km``: only a change carries the first noun over
                index -= 1
                if not quantity.victim:
                    figures.append(_figure(document, quantity, unit_first, FigureRole.LEVEL))
                continue
            shared = unit_second or unit_first
            if shared is None and not all(_year_like(q.value) for q in (quantity, following)):
                shared = _strength_noun(document, text, quantity.start)
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
        if quantity.noun_end is None or quantity.victim:
            continue
        role = FigureRole.LEVEL
        if _patterns().a_before.search(text, max(0, quantity.start - 10), quantity.start) and _has_change_cue(
            text, quantity.start
        ):
            role = FigureRole.TO
        figures.append(_figure(document, quantity, _unit(document, quantity), role))
    return tuple(figures)
