"""Mission mentions and the institutions a mission advises.

:func:`find` reads three kinds of reference, in this order of trust:

1. **names** from the curated table (:data:`~nato_iraq.extract.lexicon.missions.KNOWN_MISSIONS`):
   acronyms in capitals (``NMI``, ``NTM-I``, ``RSM``), official and current names in French and
   English (``NATO Mission in Iraq``, ``mission Resolute Support``, ``l'initiative OTAN de
   renforcement des capacités de défense ...``) and naming phrases (``la coalition internationale
   anti-EI dirigée par les États-Unis``). These carry the table ``key``. The span is the name
   itself, without its article.
2. **descriptive** references: a determiner, ``mission`` and at least one qualifier
   (``la mission de formation de l'Otan en Irak``, ``une mission élargie d'entraînement et de
   conseil des forces armées irakiennes``). They carry no key: ``la mission de l'OTAN en Irak``
   was NTM-I in 2008 and NMI in 2021, and linking by period is the resolver's work.
3. **anaphoric** references: a definite or possessive determiner and ``mission`` alone
   (``cette mission``, ``notre mission``, ``cette nouvelle mission``). The span includes the
   determiner, which is what makes the reference.

4. **the coalition**: ``la coalition`` / ``la coalition internationale`` alone name the anti-IS
   coalition when the text names it elsewhere or speaks of the Islamic State group; a political
   coalition (``la coalition gouvernementale``) or a text with no word of the Islamic State (a
   2004 article on the US-led force) gets nothing.

Where references overlap, a name wins over a description.

Known names are shared by all languages (English names appear in French copy); descriptions,
coalition phrases and scope words come from the document language's
:class:`~nato_iraq.extract.lexicon.missions.MissionLexicon`. English qualifies ``mission`` before
it (``NATO's training mission in Iraq``, ``the expanded mission``; ``the new mission`` stays
anaphoric) and names advised institutions as capitalised objects after the advising cue (``advises
the Ministry of Defence, the Office of the National Security Adviser and ...``).

:func:`find_scope` reads sentences that list the institutions a mission advises (``au ministère
de la Défense, au Bureau du conseiller à la sécurité nationale et au Centre national ...``) and
whether the text presents them as an extension (``étendu au``, a future advising verb with
``aussi``/``désormais``/``dorénavant``).
"""

import bisect
import datetime
import functools
import re

import attrs

from ..dates import PartialDate
from ..document import Document, sentences
from . import _text
from .lexicon import fold
from .lexicon import missions as lex
from .mentions import MissionMention, ScopeMention

__all__ = ["find", "find_scope"]


@functools.lru_cache(maxsize=256)
def _key(text: str) -> str:
    """The lookup form of a name as matched or as listed (cached: texts repeat a few names)."""
    key = fold(text).replace("\u2013", "-")
    key = re.sub(r"\s*-\s*", "-", key)
    key = re.sub(r"'\s+", "'", key)
    key = re.sub(r"\(\s+", "(", key)
    key = re.sub(r"\s+\)", ")", key)
    return " ".join(key.split())


_FLEXIBLE = {" ": r"\s+", "-": r"\s*[-\u2013]\s*", "'": r"'\s*", "(": r"\(\s*", ")": r"\s*\)"}


def _flexible(char: str) -> str:
    """One character of a folded name: spaces, dashes, apostrophes and brackets loosely spaced."""
    return _FLEXIBLE.get(char) or re.escape(char)


def _names(forms: "list[str] | tuple[str, ...]") -> str:
    return _text.trie(forms, _flexible)


def _first_word(form: str) -> str:
    """The letters a folded name opens with, before its first loosely spaced character."""
    return re.split(r"[ \-'()]", form, maxsplit=1)[0]


#: The characters other than a space that a name, a description or the coalition may follow.
_SEPARATORS = "\n(«\"'/"


def _spaced(low: str) -> str:
    """*low* with each of :data:`_SEPARATORS` made a space, for the candidate scans of :func:`_scan`."""
    for separator in _SEPARATORS:
        if separator in low:
            low = low.replace(separator, " ")
    return low


def _plain(words: "list[str] | tuple[str, ...]") -> bool:
    """True when *words* are non-empty and hold none of :data:`_SEPARATORS` nor a closing bracket,
    so their patterns match in :func:`_spaced` wherever they match in the text."""
    return all(word and not any(char in _SEPARATORS + ")" for char in word) for word in words)


_AT_WORD_START = r"(?<![\w-])"


def _literal_prefix(source: str) -> str:
    """The literal characters a regex fragment opens with (``""`` when it opens with a class, a
    group, an escape...)."""
    length = 0
    while length < len(source) and source[length] not in "\\.^$*+?{}[]|()":
        length += 1
    if source[length : length + 1] in ("*", "+", "?", "{"):
        length -= 1  # the last character is quantified
    return source[: max(length, 0)]


def _opening_literals(source: str) -> tuple[str, ...] | None:
    r"""The literal beginnings of the alternatives of a pattern shaped ``(?<![\w-])(?:a|b|...)...``.

    Every match of such a pattern starts with one of them. ``None`` when the pattern has another
    shape, or an alternative opens with anything but a literal (a class, an escape, a group).
    """
    if not source.startswith(_AT_WORD_START + "(?:"):
        return None
    body = source[len(_AT_WORD_START) :]
    cuts: list[int] = []
    close = None
    depth = 0
    escaped = in_class = False
    for index, char in enumerate(body):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and close is None:
                close = index
        elif char == "|":
            if depth == 0:
                return None  # an alternative outside the group: the group does not open every match
            if depth == 1 and close is None:
                cuts.append(index)
    if close is None or body[close + 1 : close + 2] in ("*", "+", "?", "{"):
        return None
    literals: set[str] = set()
    for start, end in zip([2, *cuts], [*cuts, close], strict=True):
        literal = _literal_prefix(body[start + 1 : end])
        if not literal:
            return None
        literals.add(literal)
    # a literal that begins with another adds no place to look (``eiil`` after ``ei``)
    return tuple(sorted(w for w in literals if not any(w != o and w.startswith(o) for o in literals)))


@attrs.frozen
class _WordStartPattern:
    r"""A pattern shaped ``(?<![\w-])(?:a|b|...)`` from the lexicon, read fast.

    ``re`` has no first character to skip ahead to in a pattern that opens with a lookbehind, so
    it runs the whole pattern from every position of the text. Each alternative opens with a
    literal (:func:`_opening_literals`), so the pattern is tried only where one of them occurs
    (``str.find`` runs in C) and the matches are the very ones ``re`` would find.
    """

    pattern: "re.Pattern[str]"
    literals: tuple[str, ...] | None
    """``None`` when the pattern has another shape: then it is scanned as it is."""

    @classmethod
    def compile(cls, source: str) -> "_WordStartPattern":
        return cls(re.compile(source), _opening_literals(source))

    def _starts(self, text: str, pos: int, end: int, literals: tuple[str, ...]) -> list[int]:
        """Where a literal occurs in ``text[pos:end]`` after no lower-case letter (a word character)."""
        starts: set[int] = set()
        for literal in literals:
            at = text.find(literal, pos, end)
            while at >= 0:
                if at == 0 or text[at - 1] not in _LOWER:
                    starts.add(at)
                at = text.find(literal, at + 1, end)
        return sorted(starts)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> "re.Match[str] | None":
        """``pattern.search(text, pos, endpos)``."""
        end = len(text) if endpos is None else endpos
        if self.literals is None:
            return self.pattern.search(text, pos, end)
        for start in self._starts(text, pos, end, self.literals):
            match = self.pattern.match(text, start, end)
            if match is not None:
                return match
        return None

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list["re.Match[str]"]:
        """``list(pattern.finditer(text, pos, endpos))``."""
        end = len(text) if endpos is None else endpos
        if self.literals is None:
            return list(self.pattern.finditer(text, pos, end))
        found: list[re.Match[str]] = []
        last = pos
        for start in self._starts(text, pos, end, self.literals):
            if start >= last:
                match = self.pattern.match(text, start, end)
                if match is not None:
                    found.append(match)
                    last = match.end()  # never empty: every alternative opens with a literal
        return found


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


@attrs.frozen
class _Patterns:
    """One language's patterns. Every pattern reads the lower-cased, accent-folded view (see
    :func:`~._text.lower_view_as_str_lower`), except where a capital matters: that is checked on the text as written."""

    lexicon: lex.MissionLexicon
    names: "re.Pattern[str]"
    """Names, acronyms and naming phrases in one pass, after a space or another separator (a
    literal first character lets ``re`` skip ahead fastest)."""
    descriptive: "re.Pattern[str]"
    names_first: "re.Pattern[str] | None"
    """Where :attr:`names` may match, read on :func:`_spaced` (see :func:`_scan`): a space and the
    first word of a name; ``None`` when the language's names do not all open with a plain word
    (then :attr:`names` is scanned)."""
    descriptive_first: "re.Pattern[str] | None"
    """Where :attr:`descriptive` may match: a determiner, perhaps a neutral word and premodifiers,
    then ``mission``."""
    coalition_first: "re.Pattern[str] | None"
    """Where :attr:`coalition` may match: a determiner and a word the reference opens with
    (``coalition``; English lists them, :data:`~.lexicon.missions.EN_COALITION_OPENERS`)."""
    name_keys: "dict[str, str]"
    acronym_keys: "dict[str, str]"
    capitalised: "dict[str, tuple[bool, ...]]"
    """Keys of :data:`~.lexicon.missions.CAPITALISED_ONLY` names -> which of their words are
    capitalised as listed."""
    qualifying: frozenset[str]
    """Determiners that qualify a reference by themselves (``NATO's mission``), as keys."""
    coalition: "re.Pattern[str]"
    islamic_state: _WordStartPattern
    scope_items: "re.Pattern[str]"
    scope_cues: _WordStartPattern
    extension: "re.Pattern[str]"
    addition: "re.Pattern[str]"
    standing: "re.Pattern[str]"
    future_suffix: "re.Pattern[str] | None"
    future_before: "re.Pattern[str] | None"


_WORD = re.compile(r"\w+")


@functools.cache
def _patterns(language: str = "fr") -> _Patterns:
    """The patterns of *language*, compiled on first use (names are shared by all languages)."""
    lx = lex.for_language(language)
    name_keys: dict[str, str] = {}
    acronym_keys: dict[str, str] = {}
    capitalised: dict[str, tuple[bool, ...]] = {}
    for mission in lex.KNOWN_MISSIONS:
        for name in (mission.name, *mission.aliases):
            name_keys[_key(name)] = mission.id
            if name in lex.CAPITALISED_ONLY:
                capitalised[_key(name)] = tuple(word[0].isupper() for word in _WORD.findall(name))
        for acronym in mission.acronyms:
            acronym_keys[acronym.lower()] = mission.id
    forms = [*name_keys, *acronym_keys]
    phrases = "|".join(f"(?P<p{index}>{pattern})" for index, (pattern, _) in enumerate(lx.name_patterns))
    body = rf"(?:(?P<name>{_names(forms)})|{phrases})(?![\w-])"
    dets = _names([fold(d) for d in (*lx.qualifying_determiners, *lx.anaphoric_determiners)])
    neutral = _names([fold(n) for n in lx.neutral_premodifiers])
    premodifier_run = (
        rf"(?:(?:{_names([fold(p) for p in lx.premodifiers])})\s+(?:and\s+)?){{0,4}}" if lx.premodifiers else ""
    )
    premodifiers = f"(?P<pre>{premodifier_run})"
    adjectives = (
        rf"(?:\s+(?:[«\"“]\s?)?(?:{_names([fold(a) for a in lx.adjectives])})(?:\s?[»\"”])?(?![\w-])){{0,3}}"
        if lx.adjectives
        else ""
    )
    complements = "|".join(lx.complements)
    descriptive = (
        rf"(?P<det>{dets})\s+(?:(?:{neutral})\s+)?{premodifiers}mission(?![\w-])"
        rf"(?P<quals>{adjectives}(?:\s+(?:{complements})(?![\w-])){{0,6}})"
    )
    heads = _names([fold(h) for h in lx.institution_heads])
    governor = "|".join(_names([g]) for g in lx.governors)
    modifiers = rf"(?:[a-z'-]{{2,20}}\s+){{0,{lx.institution_modifiers}}}?" if lx.institution_modifiers else ""
    scope_items = (
        rf"(?<![\w'])(?:{governor})\s*(?P<inst>{modifiers}(?:{heads})(?![\w-])[^,;.()«»\"“”\n]{{0,100}}?)"
        rf"(?=\s*[,;.()«»\"“”\n]|\s*\Z|\s+(?:{lx.institution_stops})(?!\w))"
    )
    coalition_dets = "|".join(lx.coalition_determiners)
    # what each pattern's first words must be, for the candidate scans of :func:`_scan`
    # (a language whose phrases open with optional words lists the words they may open with)
    phrase_words = list(lx.name_openers) or [_literal_prefix(p) for p, _ in lx.name_patterns]
    first_words = [_first_word(form) for form in forms] + phrase_words
    descriptive_words = [*lx.qualifying_determiners, *lx.anaphoric_determiners, *lx.neutral_premodifiers]
    coalition_words = list(lx.coalition_openers) or [_literal_prefix(lx.coalition_reference)]
    return _Patterns(
        lexicon=lx,
        names=re.compile(rf"[ \n(«\"'/](?:{body})"),
        descriptive=re.compile(rf"[ \n(«\"'](?:{descriptive})"),
        names_first=re.compile(rf" (?:{_text.trie(first_words)})")
        if _plain(first_words) and not any(" " in word for word in first_words)
        else None,
        descriptive_first=re.compile(rf" (?=(?:{dets})\s+(?:(?:{neutral})\s+)?{premodifier_run}mission)")
        if _plain([*descriptive_words, *lx.premodifiers])
        else None,
        coalition_first=re.compile(rf" (?=(?:{coalition_dets})\s+{_text.trie(coalition_words)})")
        if _plain([*lx.coalition_determiners, *coalition_words]) and all(d.isalpha() for d in lx.coalition_determiners)
        else None,
        name_keys=name_keys,
        acronym_keys=acronym_keys,
        capitalised=capitalised,
        qualifying=frozenset(_key(d) for d in lx.qualifying_determiners),
        coalition=re.compile(
            rf"[ \n(«\"'](?:{coalition_dets})\s+(?P<c>{lx.coalition_reference})(?![\w-])"
            rf"(?!\s+(?:{lx.not_the_coalition}))"
        ),
        islamic_state=_WordStartPattern.compile(lx.islamic_state),
        scope_items=re.compile(scope_items),
        scope_cues=_WordStartPattern.compile(lx.scope_cues),
        extension=re.compile(rf"(?<!\w)(?:{lx.extension_cues})"),
        addition=re.compile(rf"(?<!\w)(?:{lx.addition_adverbs}|{lx.standing_additions})(?!\w)"),
        standing=re.compile(rf"(?<!\w)(?:{lx.standing_additions})(?!\w)"),
        future_suffix=re.compile(lx.future_suffix) if lx.future_suffix else None,
        future_before=re.compile(lx.future_before) if lx.future_before else None,
    )


def _capitalised_as_listed(written: str, listed: tuple[bool, ...]) -> bool:
    """True when every word capitalised in the listed name is capitalised as written."""
    words = _WORD.findall(written)
    if len(words) != len(listed):
        return written[:1].isupper()
    return all(word[0].isupper() for word, upper in zip(words, listed, strict=True) if upper)


def _choose(ids: tuple[str, ...], document: Document) -> str | None:
    """The first mission of *ids* active at the document date; the first one when undated.

    A phrase that can name one mission only (``la coalition contre l'EI``) names it whatever
    the date: only phrases shared across periods need the date to be told apart.
    """
    if document.date is None or len(ids) == 1:
        return ids[0]
    when = document.date.value.earliest()
    for mission_id in ids:
        start, end = _active(mission_id)
        if (start is None or start <= when) and (end is None or when <= end):
            return mission_id
    return None


@functools.cache
def _active(mission_id: str) -> tuple[datetime.date | None, datetime.date | None]:
    """First and last days of a known mission's active period (``None``: open), read once."""
    mission = lex.MISSIONS_BY_ID[mission_id]
    start = PartialDate.from_iso(mission.active_from).earliest() if mission.active_from else None
    end = PartialDate.from_iso(mission.active_to).latest() if mission.active_to else None
    return start, end


def _scan(
    pattern: "re.Pattern[str]", low: str, first: "re.Pattern[str] | None" = None, spaced: str = ""
) -> list[tuple["re.Match[str]", int]]:
    """Matches of a separator-led *pattern*, with the shift to apply to their group offsets.

    The pattern needs a character before the word it reads; a word at the very start of the
    text is read on a copy of the opening with a space put before it (shift ``-1``).

    With *first*, the pattern is only tried where *first* finds its opening words in *spaced*
    (:func:`_spaced`: the text with every separator a space, so a literal space leads the scan
    and ``re`` skips ahead to it in C, where a class of separators is tried character by
    character). *first* matches wherever the pattern may, and never reads past its space a
    character that may lead a match (it reads the letters of a first word, or looks ahead), so it
    hides none of those places: the matches are those ``pattern.finditer(low)`` finds, each
    tried where the previous one ends.
    """
    head = pattern.match(" " + low[:300])
    found: list[tuple[re.Match[str], int]] = [(head, -1)] if head is not None else []
    if first is None:
        found += [(match, 0) for match in pattern.finditer(low)]
        return found
    end = 0
    for candidate in first.finditer(spaced):
        start = candidate.start()
        if start >= end:
            match = pattern.match(low, start)
            if match is not None:
                found.append((match, 0))
                end = match.end()
    return found


def _named(
    document: Document, text: str, low: str, spaced: str, patterns: _Patterns
) -> list[tuple[int, int, str | None]]:
    """Names, acronyms and naming phrases: ``(start, end, key)`` in text order."""
    found: list[tuple[int, int, str | None]] = []
    for match, shift in _scan(patterns.names, low, patterns.names_first, spaced):
        if match.group("name") is None:
            group = match.lastgroup
            assert group is not None
            start, end = match.start(group) + shift, match.end(group) + shift
            found.append((start, end, _choose(patterns.lexicon.name_patterns[int(group[1:])][1], document)))
            continue
        start, end = match.start("name") + shift, match.end("name") + shift
        written = text[start:end]
        key = _key(written)
        if key in patterns.name_keys:
            listed = patterns.capitalised.get(key)
            if listed is not None and not _capitalised_as_listed(written, listed):
                continue  # ``la mission de l'OTAN en Irak`` describes, it does not name
            found.append((start, end, patterns.name_keys[key]))
        elif key in patterns.acronym_keys and written.upper() == written:
            found.append((start, end, patterns.acronym_keys[key]))
    return found


def find(document: Document) -> tuple[MissionMention, ...]:
    """Every mission reference in *document*, in text order (see the module notes)."""
    text = _text.view(document)
    low = _text.lower_view_as_str_lower(document)
    patterns = _patterns(document.language)
    candidates = (patterns.names_first, patterns.descriptive_first, patterns.coalition_first)
    spaced = _spaced(low) if any(candidates) else low
    named = _named(document, text, low, spaced, patterns)
    kept: list[MissionMention] = []
    taken: list[tuple[int, int]] = []
    for start, end, key in named:
        if taken and start < taken[-1][1]:
            continue
        taken.append((start, end))
        kept.append(MissionMention(span=document.span(start, end), key=key))
    if "coalition" in low:
        coalitions = _scan(patterns.coalition, low, patterns.coalition_first, spaced)
        # whether the text speaks of the Islamic State is asked only of a text that has a coalition
        # phrase to keep: it is a search through the whole text
        anti_is = bool(coalitions) and (
            any(key == "coalition" for _, _, key in named) or patterns.islamic_state.search(low) is not None
        )
        for match, shift in coalitions if anti_is else ():
            start, end = match.start("c") + shift, match.end("c") + shift
            index = bisect.bisect_left(taken, (end, end))
            if index > 0 and taken[index - 1][1] > start:
                continue  # part of a name
            bisect.insort(taken, (start, end))
            kept.append(MissionMention(span=document.span(start, end), key="coalition"))
    starts = [s for s, _ in taken]
    # every description holds the word ``mission``: a text without it is not scanned
    descriptions = _scan(patterns.descriptive, low, patterns.descriptive_first, spaced) if "mission" in low else []
    for match, shift in descriptions:
        start, end = match.start("det") + shift, match.end() + shift
        index = bisect.bisect_left(starts, end)
        if index > 0 and taken[index - 1][1] > start:
            continue  # overlaps a name
        det = match.group("det")
        qualified = bool(match.group("quals").strip()) or bool(match.group("pre")) or _key(det) in patterns.qualifying
        if not qualified and det in patterns.lexicon.unqualified_not_a_reference:
            continue  # ``une mission``, ``a mission``: a new, unnamed one, not a reference
        kept.append(MissionMention(span=document.span(start, end), descriptive=qualified, anaphoric=not qualified))
    kept.sort(key=lambda m: (m.span.start, m.span.end))
    return tuple(kept)


def _is_future(patterns: _Patterns, low: str, cue: "re.Match[str]") -> bool:
    """True when an advising cue is in the future (``conseillera``, ``will advise``)."""
    if patterns.future_suffix is not None and patterns.future_suffix.search(cue.group().split()[0]):
        return True
    return patterns.future_before is not None and bool(
        patterns.future_before.search(low, max(0, cue.start() - 40), cue.start())
    )


def find_scope(document: Document) -> tuple[ScopeMention, ...]:
    """Sentences listing institutions a mission advises, with the institutions as written.

    A sentence counts when it has an advising cue (``conseille``, ``rôle de conseil``) outside
    the institution names and at least one institution governed by ``au``/``à la``/``aux``.
    Institutions are returned with their spacing and apostrophes normalised, without ``au``.
    Only the sentences around an advising cue are read.
    """
    text = _text.view(document)
    low = _text.lower_view_as_str_lower(document)
    patterns = _patterns(document.language)
    lx = patterns.lexicon
    cues = patterns.scope_cues.findall(low)
    if not cues:
        return ()
    found: list[ScopeMention] = []
    done: set[tuple[int, int]] = set()
    paragraphs: dict[int, list[tuple[int, int]]] = {}
    for cue in cues:
        paragraph = low.rfind("\n", 0, cue.start()) + 1
        if paragraph not in paragraphs:
            stop = low.find("\n", cue.start())
            stop = len(low) if stop < 0 else stop
            paragraphs[paragraph] = [(paragraph + s, paragraph + e) for s, e in sentences(text[paragraph:stop])]
        sentence = next(((s, e) for s, e in paragraphs[paragraph] if s <= cue.start() < e), None)
        if sentence is None or sentence in done:
            continue
        done.add(sentence)
        start, end = sentence
        # English names the advised institutions as objects, after the cue (``advises the ...``)
        first_cue = patterns.scope_cues.search(low, start, end) if lx.items_after_cue else None
        items_from = first_cue.start() if first_cue is not None else start
        items = [
            m
            for m in patterns.scope_items.finditer(low, items_from, end)
            if not lx.proper_names_only or text[m.start("inst")].isupper()
        ]
        if not items:
            continue
        inside = [(m.start("inst"), m.end("inst")) for m in items]
        kept = [
            c for c in patterns.scope_cues.findall(low, start, end) if not any(s <= c.start() < e for s, e in inside)
        ]
        if not kept:
            continue
        institutions = tuple(dict.fromkeys(" ".join(text[m.start("inst") : m.end("inst")].split()) for m in items))
        future = any(_is_future(patterns, low, cue) for cue in kept)
        added = (
            bool(patterns.extension.search(low, start, end))
            or (future and bool(patterns.addition.search(low, start, end)))
            or bool(patterns.standing.search(low, start, end))
        )
        found.append(ScopeMention(span=document.span(start, end), institutions=institutions, added=added))
    found.sort(key=lambda m: m.span.start)
    return tuple(found)
