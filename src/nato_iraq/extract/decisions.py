"""Decision cues: the words that say a decision was taken, is planned, discussed or not taken.

A cue is a verb group from :data:`~nato_iraq.extract.lexicon.decisions.CUES`; its status comes
from the wording alone (tense, modality, negation), never from what the world later did. For
each cue the extractor also reads, from the same sentence:

* the **summary**, the matter decided: the clause after the verb (``ont décidé d'élargir les
  effectifs`` -> ``élargir les effectifs``), the subject of a passive (``cette demande sera
  examinée`` -> ``cette demande``), or the action itself for ``va augmenter ...``. It ends at
  punctuation, a quote, a reporting clause or a purpose adjunct (``afin de``), so it stays a
  clause, not a paragraph. When nothing is left, the sentence stands in for it.
* the **body**, who decides: the subject before the verb (``Les ministres de la Défense des
  trente pays alliés ont décidé``), the agent of a passive (``examinée par le Conseil de
  l'Atlantique Nord``), or an inverted subject (``Comme en ont décidé les pays alliés``). Only
  bodies from the lexicon count, so a sentence whose subject is a mission or a request has no
  body. ``nous`` is returned as written (the resolver knows who speaks).

Status precedence is the order of the lexicon's cue list: a negation is tried before the
affirmative it contains.
"""

import bisect
import functools
import re

import attrs

from ..document import Document
from . import _text
from .lexicon import decisions as lex
from .mentions import DecisionCue

__all__ = ["find"]

#: Words ending in a full stop that do not end a sentence (titles, initials).
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
        "n°",
    }
)


@attrs.frozen
class _Patterns:
    cues: "re.Pattern[str]"
    """Compiled without IGNORECASE, for the lower-cased text (about twice as fast)."""
    cues_ignorecase: "re.Pattern[str]"
    bodies: "re.Pattern[str]"
    agent: "re.Pattern[str]"
    inverted: "re.Pattern[str]"
    inversion_before: "re.Pattern[str]"
    stops: "re.Pattern[str]"
    leads: "re.Pattern[str]"
    sentence_end: "re.Pattern[str]"
    clause_start: "re.Pattern[str]"


@functools.cache
def _patterns() -> _Patterns:
    cues = "|".join(f"(?P<c{index}>{cue.pattern})" for index, cue in enumerate(lex.CUES))
    bodies = "|".join(f"(?:{body})" for body in lex.BODIES)
    flags = re.IGNORECASE
    return _Patterns(
        cues=re.compile(rf"(?<![\w-])(?<![nN]')(?P<cue>{cues})"),
        cues_ignorecase=re.compile(rf"(?<![\w-])(?<![nN]')(?P<cue>{cues})", flags),
        bodies=re.compile(rf"(?<![\w'-])(?:{bodies})|(?<=')(?:{bodies})", flags),
        agent=re.compile(rf"[^.;:!?\n]{{0,60}}?(?<!\w)par\s+(?P<body>{bodies})", flags),
        inverted=re.compile(rf"\s+(?:{lex.ADVERBS})(?P<body>{bodies})", flags),
        inversion_before=re.compile(lex.INVERSION_BEFORE, flags),
        stops=re.compile(lex.SUMMARY_STOPS, flags),
        leads=re.compile(rf"\s*{lex.SUMMARY_LEADS}", flags),
        sentence_end=re.compile(r"[.!?\u2026]+[»\"”']?(?=[ \t]{1,3}(?:[«\"“(][ \t]?)?[A-ZÀ-Ý0-9])|\n"),
        clause_start=re.compile(r"[,;:«»\"“”(\n]|(?<![\w'])(?:que\s+|qu')", flags),
    )


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of *text*, trimmed; a line break always ends a sentence (titles)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _patterns().sentence_end.finditer(text):
        if match.group() != "\n":
            word = re.search(r"([\w°]+)\W*\Z", text[max(start, match.start() - 6) : match.start()])
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


_DECISION_NOUN = re.compile(
    r"(?:la|une|cette|aucune)\s+d[ée]cision(?:\s+(?:finale|d[ée]finitive|formelle))?", re.IGNORECASE
)
_TOPIC_LEAD = re.compile(
    r"\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?"
    r"(?:de\s|d'|sur\s|concernant\s|quant\s+[àa]\s|au\s+sujet\s|[àa]\s+propos\s)",
    re.IGNORECASE,
)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _clause_after(text: str, start: int, limit: int) -> str:
    """The clause from *start*: leading time words and preposition dropped, up to a stop."""
    patterns = _patterns()
    lead = patterns.leads.match(text, start, limit)
    if lead is not None:
        start = lead.end()
    stop = patterns.stops.search(text, start, min(limit, start + 250))
    end = stop.start() if stop is not None else min(limit, start + 250)
    return _squash(text[start:end])


def _clause_before(text: str, start: int, end: int) -> str:
    """The subject: text from the last clause boundary before *end* (or the sentence start)."""
    window_start = max(start, end - 200)
    begin = window_start
    for boundary in _patterns().clause_start.finditer(text, window_start, end):
        begin = boundary.end()
    return _squash(text[begin:end])


def _body_before(text: str, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    window_start = max(sentence_start, cue_start - 160)
    last = None
    for match in _patterns().bodies.finditer(text, window_start, cue_start):
        last = match
    if last is None:
        return None
    gap = text[last.end() : cue_start]
    if len(gap) > 60 or re.search(r"[.;:!?«»\"“”]", gap):
        return None
    return last.start(), last.end()


def find(document: Document) -> tuple[DecisionCue, ...]:
    """Every decision cue in *document*, in text order."""
    text = _text.view(document)
    patterns = _patterns()
    sentences = _sentences(text)
    starts = [s for s, _ in sentences]
    found: list[DecisionCue] = []
    lowered = text.lower()
    # a rare character whose lower case is longer would shift offsets: read the text as is then
    exact = len(lowered) == len(text)
    matches = patterns.cues.finditer(lowered) if exact else patterns.cues_ignorecase.finditer(text)
    for match in matches:
        position = bisect.bisect_right(starts, match.start("cue")) - 1
        if position < 0:
            continue
        sentence_start, sentence_end = sentences[position]
        if match.end("cue") > sentence_end:
            continue
        cue = lex.CUES[_group_index(match)]
        body: tuple[int, int] | None = None
        inverted = patterns.inversion_before.search(
            text, max(sentence_start, match.start("cue") - 20), match.start("cue")
        )
        if cue.body == "agent":
            agent = patterns.agent.match(text, match.end("cue"), sentence_end)
            if agent is not None:
                body = agent.span("body")
        elif inverted is not None:
            right = patterns.inverted.match(text, match.end("cue"), sentence_end)
            if right is not None:
                body = right.span("body")
        else:
            body = _body_before(text, sentence_start, match.start("cue"))
        summary = ""
        if inverted is not None and cue.summary == "object":
            comma = text.find(",", match.end("cue"), sentence_end)
            if comma != -1:
                summary = _clause_after(text, comma + 1, sentence_end)
        elif cue.summary == "action" and match.group("act"):
            summary = _clause_after(text, match.start("act"), sentence_end)
        elif cue.summary == "subject":
            summary = _clause_before(text, sentence_start, match.start("cue"))
            if summary.lower() in {"il", "c'", "ce"}:
                summary = ""  # impersonal ``il a été décidé de ...``: the matter follows
            noun = _DECISION_NOUN.match(text, match.start("cue"), match.end("cue"))
            if noun is not None and not summary:
                # ``La décision a été prise [de ...|sur ...]``: the noun is the subject
                topical = _TOPIC_LEAD.match(text, match.end("cue"), sentence_end)
                summary = _clause_after(text, match.end("cue"), sentence_end) if topical else _squash(noun.group())
            elif not summary:
                summary = _clause_after(text, match.end("cue"), sentence_end)
        if not summary:
            summary = _clause_after(text, match.end("cue"), sentence_end)
        if not summary:
            summary = _squash(text[sentence_start:sentence_end])
        body_span = document.span(*body) if body is not None else None
        found.append(
            DecisionCue(
                cue=document.span(match.start("cue"), match.end("cue")),
                status=cue.status,
                sentence=document.span(sentence_start, sentence_end),
                summary=summary,
                body=_squash(text[body[0] : body[1]]) if body is not None else None,
                body_span=body_span,
            )
        )
    return tuple(found)


def _group_index(match: "re.Match[str]") -> int:
    """The index of the cue alternative that matched (``lastgroup`` may name an inner group)."""
    for index in range(len(lex.CUES)):
        if match.group(f"c{index}") is not None:
            return index
    raise AssertionError("a cue matched no alternative")
