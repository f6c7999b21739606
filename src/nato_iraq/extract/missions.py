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
from ..document import Document
from . import _text
from .lexicon import fold
from .lexicon import missions as lex
from .mentions import MissionMention, ScopeMention

__all__ = ["find", "find_scope"]

_LOOSE = {
    "a": "[aàâä]",
    "e": "[eéèêë]",
    "i": "[iîï]",
    "o": "[oôö]",
    "u": "[uùûü]",
    "c": "[cç]",
    " ": r"\s+",
    "-": r"\s*[-\u2013]\s*",
    "'": r"'\s*",
    "(": r"\(\s*",
    ")": r"\s*\)",
}

_ABBREVIATIONS = frozenset(
    {
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "dr",
        "me",
        "mgr",
        "st",
        "ste",
        "gen",
        "gén",
        "col",
        "lt",
        "cdt",
        "p",
        "cf",
        "art",
        "no",
    }
)


def _loose(text: str) -> str:
    """A pattern for *text* tolerant of accents, spacing and dash variants (use with IGNORECASE)."""
    return "".join(_LOOSE.get(ch, re.escape(ch)) for ch in fold(text))


def _key(text: str) -> str:
    """The lookup form of a name as matched or as listed."""
    key = fold(text).replace("\u2013", "-")
    key = re.sub(r"\s*-\s*", "-", key)
    key = re.sub(r"'\s+", "'", key)
    key = re.sub(r"\(\s+", "(", key)
    key = re.sub(r"\s+\)", ")", key)
    return " ".join(key.split())


@attrs.frozen
class _Patterns:
    names: "re.Pattern[str]"
    """Lower-case names for the lower-cased text: IGNORECASE makes the scan about three times slower."""
    names_ignorecase: "re.Pattern[str]"
    capitalised: "re.Pattern[str]"
    acronyms: "re.Pattern[str]"
    phrases: "tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]"
    descriptive: "re.Pattern[str]"
    name_keys: "dict[str, str]"
    acronym_keys: "dict[str, str]"
    sentence_end: "re.Pattern[str]"
    scope_items: "re.Pattern[str]"
    scope_cues: "re.Pattern[str]"
    extension: "re.Pattern[str]"
    addition: "re.Pattern[str]"


@functools.cache
def _patterns() -> _Patterns:
    name_keys: dict[str, str] = {}
    acronym_keys: dict[str, str] = {}
    plain: list[str] = []
    capitalised: list[str] = []
    for mission in lex.KNOWN_MISSIONS:
        for name in (mission.name, *mission.aliases):
            name_keys[_key(name)] = mission.id
            (capitalised if name in lex.CAPITALISED_ONLY else plain).append(name)
        for acronym in mission.acronyms:
            acronym_keys[acronym] = mission.id
    by_length = functools.partial(sorted, key=lambda n: (-len(n), n))
    names = "|".join(_loose(n) for n in by_length(plain))
    capital = "|".join(n[0] + f"(?i:{_loose(n[1:])})" for n in by_length(capitalised))
    acronyms = "|".join(re.escape(a).replace("\\-", r"[-\u2011]") for a in by_length(acronym_keys))
    dets = "|".join(lex.ANAPHORIC_DETERMINERS)
    adjectives = "|".join(_loose(a) for a in sorted(lex.MISSION_ADJECTIVES, key=lambda a: (-len(a), a)))
    complements = "|".join(lex.MISSION_COMPLEMENTS)
    descriptive = re.compile(
        rf"""(?<![\w-])(?P<det>{dets})\s+(?:(?:m[êe]me|nouvelle|future|vaste|petite|grande|premi[èe]re)\s+)?mission(?![\w-])
        (?P<quals>(?:\s+(?:[«"“]\s?)?(?:{adjectives})(?:\s?[»"”])?(?![\w-])){{0,3}}(?:\s+(?:{complements})(?![\w-])){{0,6}})""",
        re.IGNORECASE | re.VERBOSE,
    )
    heads = "|".join(_loose(h) for h in sorted(lex.INSTITUTION_HEADS, key=lambda h: (-len(h), h)))
    governor = r"(?:au|aux|[àa]\s+la|[àa]\s+l')"
    scope_items = re.compile(
        rf"(?<![\w'])(?:{governor})\s*(?P<inst>(?:{heads})(?![\w-])[^,;.()«»\"“”\n]{{0,100}}?)"
        rf"(?=\s*[,;.()«»\"“”\n]|\s*\Z|\s+et\s+(?:{governor}|du|de\s+la|des)(?!\w)"
        rf"|\s+(?:afin|pour|dans|en\s+tant|ainsi|depuis|qui|avec|d'ici|dès)(?!\w))",
        re.IGNORECASE,
    )
    return _Patterns(
        names=re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"),
        names_ignorecase=re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE),
        capitalised=re.compile(rf"(?<![\w-])(?:{capital})(?![\w-])"),
        acronyms=re.compile(rf"(?<![\w-])(?:{acronyms})(?![\w-])"),
        phrases=tuple(
            (re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), ids) for pattern, ids in lex.NAME_PATTERNS
        ),
        descriptive=descriptive,
        name_keys=name_keys,
        acronym_keys=acronym_keys,
        sentence_end=re.compile(r"[.!?\u2026]+[»\"”']?(?=[ \t]{1,3}(?:[«\"“(][ \t]?)?[A-ZÀ-Ý0-9])|\n"),
        scope_items=scope_items,
        scope_cues=re.compile(lex.SCOPE_CUES, re.IGNORECASE),
        extension=re.compile(rf"(?<!\w)(?:{lex.EXTENSION_CUES})", re.IGNORECASE),
        addition=re.compile(rf"(?<!\w)(?:{lex.ADDITION_ADVERBS})(?!\w)", re.IGNORECASE),
    )


def _choose(ids: tuple[str, ...], document: Document) -> str | None:
    """The first mission of *ids* active at the document date; the first one when undated."""
    if document.date is None:
        return ids[0]
    when = document.date.value.earliest()
    for mission_id in ids:
        mission = lex.MISSIONS_BY_ID[mission_id]
        start = PartialDate.from_iso(mission.active_from).earliest() if mission.active_from else None
        end = PartialDate.from_iso(mission.active_to).latest() if mission.active_to else None
        if (start is None or start <= when) and (end is None or when <= end):
            return mission_id
    return None


def find(document: Document) -> tuple[MissionMention, ...]:
    """Every mission reference in *document*, in text order (see the module notes)."""
    text = _text.view(document)
    patterns = _patterns()
    named: list[tuple[int, int, str | None]] = []
    for match in patterns.acronyms.finditer(text):
        named.append((match.start(), match.end(), patterns.acronym_keys[match.group().replace("\u2011", "-")]))
    lowered = text.lower()
    if len(lowered) == len(text):
        name_matches = [*patterns.names.finditer(lowered), *patterns.capitalised.finditer(text)]
    else:  # a character whose lower case is longer: keep offsets exact
        name_matches = [*patterns.names_ignorecase.finditer(text), *patterns.capitalised.finditer(text)]
    for match in name_matches:
        named.append((match.start(), match.end(), patterns.name_keys.get(_key(match.group()))))
    for phrase, ids in patterns.phrases:
        for match in phrase.finditer(text):
            named.append((match.start(), match.end(), _choose(ids, document)))
    named.sort(key=lambda item: (item[0], item[0] - item[1]))
    kept: list[MissionMention] = []
    taken: list[tuple[int, int]] = []
    for start, end, key in named:
        if taken and start < taken[-1][1]:
            continue
        taken.append((start, end))
        kept.append(MissionMention(span=document.span(start, end), key=key))
    starts = [s for s, _ in taken]
    for match in patterns.descriptive.finditer(text):
        start, end = match.start(), match.end()
        index = bisect.bisect_left(starts, end)
        if index > 0 and taken[index - 1][1] > start:
            continue  # overlaps a name
        qualified = bool(match.group("quals").strip())
        if not qualified and fold(match.group("det")) == "une":
            continue  # ``une mission``: a new, unnamed one, not a reference
        kept.append(MissionMention(span=document.span(start, end), descriptive=qualified, anaphoric=not qualified))
    kept.sort(key=lambda m: (m.span.start, m.span.end))
    return tuple(kept)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of *text*, trimmed; a line break always ends a sentence (titles)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _patterns().sentence_end.finditer(text):
        if match.group() != "\n":
            word = re.search(r"(\w+)\W*\Z", text[max(start, match.start() - 6) : match.start()])
            if word is not None and (
                word.group(1).lower() in _ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper())
            ):
                continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        chunk = text[s:e]
        s2 = s + len(chunk) - len(chunk.lstrip())
        e2 = s + len(chunk.rstrip())
        if e2 > s2:
            trimmed.append((s2, e2))
    return trimmed


def find_scope(document: Document) -> tuple[ScopeMention, ...]:
    """Sentences listing institutions a mission advises, with the institutions as written.

    A sentence counts when it has an advising cue (``conseille``, ``rôle de conseil``) outside
    the institution names and at least one institution governed by ``au``/``à la``/``aux``.
    Institutions are returned with their spacing and apostrophes normalised, without ``au``.
    """
    text = _text.view(document)
    patterns = _patterns()
    found: list[ScopeMention] = []
    if patterns.scope_items.search(text) is None:
        return ()
    for start, end in _sentences(text):
        items = list(patterns.scope_items.finditer(text, start, end))
        if not items:
            continue
        inside = [(m.start("inst"), m.end("inst")) for m in items]
        cues = [
            c for c in patterns.scope_cues.finditer(text, start, end) if not any(s <= c.start() < e for s, e in inside)
        ]
        if not cues:
            continue
        institutions = tuple(dict.fromkeys(" ".join(m.group("inst").split()) for m in items))
        future = any(re.search(r"(?:era|eront|dra|dront)\Z", c.group().split()[0], re.IGNORECASE) for c in cues)
        added = (
            bool(patterns.extension.search(text, start, end))
            or (future and bool(patterns.addition.search(text, start, end)))
            or bool(re.search(r"(?<!\w)(?:d[ée]sormais|dor[ée]navant)(?!\w)", text[start:end], re.IGNORECASE))
        )
        found.append(ScopeMention(span=document.span(start, end), institutions=institutions, added=added))
    return tuple(found)
