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

:func:`find_scope` reads sentences that list the institutions a mission advises (``au ministère
de la Défense, au Bureau du conseiller à la sécurité nationale et au Centre national ...``) and
whether the text presents them as an extension (``étendu au``, a future advising verb with
``aussi``/``désormais``/``dorénavant``).
"""

import bisect
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


def _key(text: str) -> str:
    """The lookup form of a name as matched or as listed."""
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


@attrs.frozen
class _Patterns:
    """Every pattern reads the lower-cased, accent-folded view (see :func:`_folded`), except
    where a capital matters: that is checked on the text as written."""

    names: "re.Pattern[str]"
    """Names, acronyms and naming phrases in one pass, after a space or another separator (a
    literal first character lets ``re`` skip ahead fastest)."""
    descriptive: "re.Pattern[str]"
    name_keys: "dict[str, str]"
    acronym_keys: "dict[str, str]"
    capitalised: frozenset[str]
    coalition: "re.Pattern[str]"
    islamic_state: "re.Pattern[str]"
    scope_items: "re.Pattern[str]"
    scope_cues: "re.Pattern[str]"
    extension: "re.Pattern[str]"
    addition: "re.Pattern[str]"
    future: "re.Pattern[str]"


@functools.cache
def _patterns() -> _Patterns:
    name_keys: dict[str, str] = {}
    acronym_keys: dict[str, str] = {}
    capitalised: set[str] = set()
    for mission in lex.KNOWN_MISSIONS:
        for name in (mission.name, *mission.aliases):
            name_keys[_key(name)] = mission.id
            if name in lex.CAPITALISED_ONLY:
                capitalised.add(_key(name))
        for acronym in mission.acronyms:
            acronym_keys[acronym.lower()] = mission.id
    forms = [*name_keys, *acronym_keys]
    phrases = "|".join(f"(?P<p{index}>{pattern})" for index, (pattern, _) in enumerate(lex.NAME_PATTERNS))
    body = rf"(?:(?P<name>{_names(forms)})|{phrases})(?![\w-])"
    dets = "|".join(fold(d) for d in lex.ANAPHORIC_DETERMINERS)
    adjectives = _names([fold(a) for a in lex.MISSION_ADJECTIVES])
    complements = "|".join(lex.MISSION_COMPLEMENTS)
    descriptive = (
        rf"(?P<det>{dets})\s+(?:(?:meme|nouvelle|future|vaste|petite|grande|premiere)\s+)?mission(?![\w-])"
        rf"(?P<quals>(?:\s+(?:[«\"“]\s?)?(?:{adjectives})(?:\s?[»\"”])?(?![\w-])){{0,3}}"
        rf"(?:\s+(?:{complements})(?![\w-])){{0,6}})"
    )
    heads = _names([fold(h) for h in lex.INSTITUTION_HEADS])
    governor = r"(?:au|aux|a\s+la|a\s+l')"
    scope_items = (
        rf"(?<![\w'])(?:{governor})\s*(?P<inst>(?:{heads})(?![\w-])[^,;.()«»\"“”\n]{{0,100}}?)"
        rf"(?=\s*[,;.()«»\"“”\n]|\s*\Z|\s+et\s+(?:{governor}|du|de\s+la|des)(?!\w)"
        rf"|\s+(?:afin|pour|dans|en\s+tant|ainsi|depuis|qui|avec|d'ici)(?!\w))"
    )
    return _Patterns(
        names=re.compile(rf"[ \n(«\"'/](?:{body})"),
        descriptive=re.compile(rf"[ \n(«\"'](?:{descriptive})"),
        name_keys=name_keys,
        acronym_keys=acronym_keys,
        capitalised=frozenset(capitalised),
        coalition=re.compile(
            rf"[ \n(«\"'](?:la|cette)\s+(?P<c>{lex.COALITION_REFERENCE})(?![\w-])(?!\s+(?:{lex.NOT_THE_COALITION}))"
        ),
        islamic_state=re.compile(lex.ISLAMIC_STATE),
        scope_items=re.compile(scope_items),
        scope_cues=re.compile(lex.SCOPE_CUES),
        extension=re.compile(rf"(?<!\w)(?:{lex.EXTENSION_CUES})"),
        addition=re.compile(rf"(?<!\w)(?:{lex.ADDITION_ADVERBS}|desormais|dorenavant)(?!\w)"),
        future=re.compile(r"(?:era|eront|dra|dront)\Z"),
    )


def _folded(document: Document) -> str:
    """The document's view in lower case with accents folded, same length.

    A rare letter whose lower case is longer (``İ``) is left as it is, so offsets hold.
    """
    folded = _text.folded_view(document)
    lowered = folded.lower()
    if len(lowered) != len(folded):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    return lowered


def _choose(ids: tuple[str, ...], document: Document) -> str | None:
    """The first mission of *ids* active at the document date; the first one when undated.

    A phrase that can name one mission only (``la coalition contre l'EI``) names it whatever
    the date: only phrases shared across periods need the date to be told apart.
    """
    if document.date is None or len(ids) == 1:
        return ids[0]
    when = document.date.value.earliest()
    for mission_id in ids:
        mission = lex.MISSIONS_BY_ID[mission_id]
        start = PartialDate.from_iso(mission.active_from).earliest() if mission.active_from else None
        end = PartialDate.from_iso(mission.active_to).latest() if mission.active_to else None
        if (start is None or start <= when) and (end is None or when <= end):
            return mission_id
    return None


def _scan(pattern: "re.Pattern[str]", low: str) -> list[tuple["re.Match[str]", int]]:
    """Matches of a separator-led *pattern*, with the shift to apply to their group offsets.

    The pattern needs a character before the word it reads; a word at the very start of the
    text is read on a copy of the opening with a space put before it (shift ``-1``).
    """
    head = pattern.match(" " + low[:300])
    found: list[tuple[re.Match[str], int]] = [(head, -1)] if head is not None else []
    found += [(match, 0) for match in pattern.finditer(low)]
    return found


def _named(document: Document, text: str, low: str) -> list[tuple[int, int, str | None]]:
    """Names, acronyms and naming phrases: ``(start, end, key)`` in text order."""
    patterns = _patterns()
    found: list[tuple[int, int, str | None]] = []
    for match, shift in _scan(patterns.names, low):
        if match.group("name") is None:
            group = match.lastgroup
            assert group is not None
            start, end = match.start(group) + shift, match.end(group) + shift
            found.append((start, end, _choose(lex.NAME_PATTERNS[int(group[1:])][1], document)))
            continue
        start, end = match.start("name") + shift, match.end("name") + shift
        written = text[start:end]
        key = _key(written)
        if key in patterns.name_keys:
            if key in patterns.capitalised and not written[:1].isupper():
                continue  # ``la mission de l'OTAN en Irak`` describes, it does not name
            found.append((start, end, patterns.name_keys[key]))
        elif key in patterns.acronym_keys and written.upper() == written:
            found.append((start, end, patterns.acronym_keys[key]))
    return found


def find(document: Document) -> tuple[MissionMention, ...]:
    """Every mission reference in *document*, in text order (see the module notes)."""
    text = _text.view(document)
    low = _folded(document)
    patterns = _patterns()
    named = _named(document, text, low)
    kept: list[MissionMention] = []
    taken: list[tuple[int, int]] = []
    for start, end, key in named:
        if taken and start < taken[-1][1]:
            continue
        taken.append((start, end))
        kept.append(MissionMention(span=document.span(start, end), key=key))
    if "coalition" in low:
        anti_is = any(key == "coalition" for _, _, key in named) or patterns.islamic_state.search(low) is not None
        for match, shift in _scan(patterns.coalition, low) if anti_is else ():
            start, end = match.start("c") + shift, match.end("c") + shift
            index = bisect.bisect_left(taken, (end, end))
            if index > 0 and taken[index - 1][1] > start:
                continue  # part of a name
            bisect.insort(taken, (start, end))
            kept.append(MissionMention(span=document.span(start, end), key="coalition"))
    starts = [s for s, _ in taken]
    for match, shift in _scan(patterns.descriptive, low):
        start, end = match.start("det") + shift, match.end() + shift
        index = bisect.bisect_left(starts, end)
        if index > 0 and taken[index - 1][1] > start:
            continue  # overlaps a name
        qualified = bool(match.group("quals").strip())
        if not qualified and match.group("det") == "une":
            continue  # ``une mission``: a new, unnamed one, not a reference
        kept.append(MissionMention(span=document.span(start, end), descriptive=qualified, anaphoric=not qualified))
    kept.sort(key=lambda m: (m.span.start, m.span.end))
    return tuple(kept)


def find_scope(document: Document) -> tuple[ScopeMention, ...]:
    """Sentences listing institutions a mission advises, with the institutions as written.

    A sentence counts when it has an advising cue (``conseille``, ``rôle de conseil``) outside
    the institution names and at least one institution governed by ``au``/``à la``/``aux``.
    Institutions are returned with their spacing and apostrophes normalised, without ``au``.
    Only the sentences around an advising cue are read.
    """
    low = _folded(document)
    patterns = _patterns()
    cues = list(patterns.scope_cues.finditer(low))
    if not cues:
        return ()
    text = _text.view(document)
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
        items = list(patterns.scope_items.finditer(low, start, end))
        if not items:
            continue
        inside = [(m.start("inst"), m.end("inst")) for m in items]
        kept = [
            c for c in patterns.scope_cues.finditer(low, start, end) if not any(s <= c.start() < e for s, e in inside)
        ]
        if not kept:
            continue
        institutions = tuple(dict.fromkeys(" ".join(text[m.start("inst") : m.end("inst")].split()) for m in items))
        future = any(patterns.future.search(c.group().split()[0]) for c in kept)
        added = (
            bool(patterns.extension.search(low, start, end))
            or (future and bool(patterns.addition.search(low, start, end)))
            or bool(re.search(r"(?<!\w)(?:desormais|dorenavant)(?!\w)", low[start:end]))
        )
        found.append(ScopeMention(span=document.span(start, end), institutions=institutions, added=added))
    found.sort(key=lambda m: m.span.start)
    return tuple(found)
