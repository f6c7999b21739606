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

Languages are data (:class:`~nato_iraq.extract.lexicon.decisions.DecisionLexicon`): the cues,
bodies, clause words and keys of the document's language are compiled on first use, and the
reading above is the same for all of them. English adds simple pasts (``agreed``, ``decided``,
not after ``the``/``an``: ``the agreed timeline``), headline presents (``NATO agrees to``) and
negations with ``not``/``n't``/``no decision``; it has no inverted subject.

Status precedence is the order of the lexicon's cue list: a negation is tried before the
affirmative it contains. Talking verbs (``discuter``, ``débattre``) count only when what they
talk about is a matter to decide (``discuteront d'une extension``, not ``doivent discuter de la
menace``). Cues are read on the lower-cased text, and only around the key words every cue
contains (:data:`~nato_iraq.extract.lexicon.decisions.CUE_KEYS`), so the long cue pattern never
runs over the bulk of a text.
"""

import bisect
import functools
import re
from itertools import chain

import attrs

from ..document import Document, Span, sentences
from . import _text
from .lexicon import decisions as lex
from .mentions import DecisionCue

__all__ = ["find"]


@attrs.frozen
class _Patterns:
    """One language's patterns, built from its :class:`~.lexicon.decisions.DecisionLexicon`."""

    lexicon: lex.DecisionLexicon
    keys: "re.Pattern[str]"
    """Word beginnings from :data:`~.lexicon.decisions.CUE_KEYS` after a space, a line break or an
    apostrophe: a literal first character lets ``re`` skip ahead in C (other openers, such as a
    bracket, are too rare in front of a verb to pay for)."""
    plain_keys: "tuple[re.Pattern[str], re.Pattern[str]]"
    """:attr:`keys` without accents, for the accent-folded lower-case view (plain letters are
    quicker to try than a class of accented forms at every word), after a space and after an
    apostrophe: a literal first character lets ``re`` skip ahead fastest."""
    starts: "re.Pattern[str]"
    """Words a cue may begin with (:data:`~.lexicon.decisions.CUE_STARTS`)."""
    cues: "re.Pattern[str]"
    """Every cue, for the lower-cased text (case-sensitive matching is faster)."""
    cues_by_letter: "_ByFirstLetter | None"
    """Per first letter, :attr:`cues` with only the cues that may begin with it (as the lexicon
    lists their opening words, :attr:`~.lexicon.decisions.CuePattern.opens`), in the same order:
    at a word, the alternatives that cannot begin there need not be tried, and the first one that
    matches is the same. ``None`` when the lexicon does not list them."""
    groups: tuple[tuple[str | None, str | None], ...]
    """Per cue (as indexed in the lexicon), the names of its verb and action groups in
    :attr:`cues` (``v<index>``, ``act<index>``), or ``None`` where it has none."""
    bodies: "re.Pattern[str]"
    body_ends: "re.Pattern[str] | None"
    """The words every body ends with (:attr:`~.lexicon.decisions.DecisionLexicon.body_ends`),
    for the lower-cased text; ``None`` when the lexicon does not list them."""
    body_reach: int
    """How far before a cue the last word of a body that counts may begin: the longest gap
    :func:`_body_before` accepts and the longest of those words."""
    agent: "re.Pattern[str]"
    """``par``/``by`` before the agent of a passive (the body is read with :attr:`bodies` after it)."""
    inversion_before: "re.Pattern[str]"
    inverted: "re.Pattern[str]"
    """The adverbs before an inverted subject (``Comme l'ont décidé jeudi les alliés``), read with
    the body pattern after them."""
    stops: "re.Pattern[str]"
    leads: "re.Pattern[str]"
    clause_start: "re.Pattern[str]"
    word: "re.Pattern[str]"
    decision_noun: "re.Pattern[str]"
    """``la décision`` / ``the decision`` as the subject of a passive cue."""
    topic_lead: "re.Pattern[str]"
    """What introduces the topic after ``la décision a été prise`` (``sur``, ``de``...)."""


@functools.cache
def _patterns(language: str = "fr") -> _Patterns:
    """The patterns of *language*, compiled on first use."""
    lx = lex.for_language(language)
    # cues sharing a head are grouped under it, where its first cue stands: ``(?:head(?:c1|c2))``
    alternatives: list[str] = []
    opens: list[tuple[str, ...]] = []  # the words each alternative may begin with
    groups: dict[str, list[str]] = {}
    for index, cue in enumerate(lx.cues):
        pattern = cue.pattern.replace("(?P<v>", f"(?P<v{index}>").replace("(?P<act>", f"(?P<act{index}>")
        tail = f"(?P<c{index}>{pattern})"
        if cue.head is None:
            alternatives.append(tail)
            opens.append(cue.opens)
        elif cue.head in groups:
            groups[cue.head].append(tail)
        else:
            groups[cue.head] = [tail]
            alternatives.append(cue.head)
            opens.append(lx.head_opens.get(cue.head, ()))
    sources = [f"{lx.heads[item]}(?:{'|'.join(groups[item])})" if item in groups else item for item in alternatives]
    cues = "|".join(sources)
    cues_by_letter = _ByFirstLetter(sources, opens) if all(opens) else None
    bodies = "|".join(f"(?:{body})" for body in lx.bodies)
    keys = _text.trie(lx.cue_keys, _accent_insensitive)
    cue_pattern = re.compile(rf"{_CUE_START}(?:{cues})")
    names = cue_pattern.groupindex
    flags = re.IGNORECASE
    return _Patterns(
        lexicon=lx,
        keys=re.compile(rf"[ \n'](?P<k>{keys})"),
        plain_keys=(re.compile(rf" (?:{_text.trie(lx.cue_keys)})"), re.compile(rf"'(?:{_text.trie(lx.cue_keys)})")),
        starts=re.compile(rf"(?<![\w-])(?:n'|(?:{_text.trie(lx.cue_starts)})(?!\w))"),
        cues=cue_pattern,
        cues_by_letter=cues_by_letter,
        groups=tuple(
            (f"v{index}" if f"v{index}" in names else None, f"act{index}" if f"act{index}" in names else None)
            for index in range(len(lx.cues))
        ),
        # at a word start or after an apostrophe (``l'OTAN``): one lookbehind, not one per case,
        # since ``re`` tries the pattern at every character of the window before a cue
        bodies=re.compile(rf"(?<![\w-])(?:{bodies})", flags),
        body_ends=re.compile(_text.trie(lx.body_ends)) if lx.body_ends else None,
        body_reach=_BODY_GAP + max(map(len, lx.body_ends), default=0),
        agent=re.compile(rf"[^.;:!?\n]{{0,60}}?(?<!\w){lx.agent}\s+", flags),
        inversion_before=re.compile(lx.inversion_before, flags),
        inverted=re.compile(rf"\s+{lx.adverbs}", flags),
        stops=re.compile(_literal_before_lookbehinds(lx.summary_stops), flags),
        leads=re.compile(rf"\s*{lx.summary_leads}", flags),
        clause_start=re.compile(lx.clause_start, flags),
        word=re.compile(r"[a-z]+'?"),
        decision_noun=re.compile(lx.decision_noun, flags),
        topic_lead=re.compile(lx.topic_lead, flags),
    )


#: Where a cue may begin: at a word start, not after the ``n'`` of a French negation.
_CUE_START = r"(?<![\w-])(?<!n')"


class _ByFirstLetter(dict[str, "re.Pattern[str] | None"]):
    """Per letter, the cue pattern made of the *sources* (in order) whose *opens* (the words each
    may begin with) include a word beginning with that letter; ``None`` for a letter no cue
    begins with.

    At a candidate word, ``re`` tries each alternative of the whole cue pattern in turn; most
    cannot begin with the word's first letter, and a failing alternative costs as much as a
    short match. The first alternative that matches is the same in both patterns. A letter's
    pattern is compiled the first time a word starting with it is tried (compiling them all at
    once tripled the first English text's compile time); two threads compiling the same letter
    at once store equal patterns.
    """

    def __init__(self, sources: list[str], opens: list[tuple[str, ...]]) -> None:
        super().__init__()
        self._sources = list(zip(sources, opens, strict=True))

    def __missing__(self, letter: str) -> "re.Pattern[str] | None":
        chosen = [source for source, words in self._sources if any(w[:1] == letter for w in words)]
        pattern = re.compile(_CUE_START + "(?:" + "|".join(chosen) + ")") if chosen else None
        self[letter] = pattern
        return pattern


#: Lookbehinds (with no group inside) right before a full stop or a comma, and that character.
_LOOKBEHINDS_BEFORE = re.compile(r"((?:\(\?<[!=](?:[^()\[\]\\]|\\.|\[(?:[^\]\\]|\\.)*\])*\))+)(\\\.|,)(?![*+?{])")
_LOOKBEHIND = re.compile(r"\(\?<([!=])((?:[^()\[\]\\]|\\.|\[(?:[^\]\\]|\\.)*\])*)\)")


def _literal_before_lookbehinds(pattern: str) -> str:
    """*pattern* with each ``(?<!A)(?<!B)\\.`` written ``\\.(?<!A\\.)(?<!B\\.)`` (and so for a comma).

    Both say the same: the character is that one, and what ends with it is not ``A.`` nor
    ``B.``. But ``re`` tries a branch that opens with a lookbehind at every character, while
    it drops one that opens with a character at once where that character is not there: the
    summary stops (``(?<!\\bM)\\.``, not the stop of ``M.``) are searched over a clause after
    every cue.
    """

    def moved(found: "re.Match[str]") -> str:
        literal = found.group(2)
        return literal + _LOOKBEHIND.sub(lambda one: f"(?<{one.group(1)}{one.group(2)}{literal})", found.group(1))

    return _LOOKBEHINDS_BEFORE.sub(moved, pattern)


#: Accented forms of the letters of folded keys. The cues are read on the lower-cased text with
#: its accents, because French endings carry them (``décide`` is a present, ``décidé`` a
#: participle), so the keys must match both spellings.
_ACCENTED = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]"}


def _accent_insensitive(char: str) -> str:
    return _ACCENTED.get(char) or re.escape(char)


def _lowered(text: str) -> str:
    """*text* in lower case, same length (a rare letter whose lower case is longer stays as is).

    News copy is Latin-1 but for a dash or two, and ``str.lower`` reads a Latin-1 text that is
    not ASCII letter by letter through the Unicode tables: a byte translation does it in one
    C pass (every Latin-1 letter's lower case is one Latin-1 letter). The few other characters
    (``?`` bytes in the translation) are lowered one by one, as :func:`_lowered_by_str` would;
    a text with many, or with a capital sigma (whose lower case depends on the next letter), is
    lowered by :func:`_lowered_by_str`.
    """
    if text.isascii():
        return text.lower()
    data = text.encode("latin-1", "replace")
    lowered = data.translate(_LATIN1_LOWER).decode("latin-1")
    at = data.find(b"?")
    if at < 0:
        return lowered
    if data.count(b"?") > 64 or "\u03a3" in text:
        return _lowered_by_str(text)
    parts: list[str] = []
    last = 0
    while at >= 0:
        char = text[at]
        if char != "?":
            low = char.lower()
            parts.append(lowered[last:at])
            parts.append(low if len(low) == 1 else char)
            last = at + 1
        at = data.find(b"?", at + 1)
    parts.append(lowered[last:])
    return "".join(parts)


def _lowered_by_str(text: str) -> str:
    """:func:`_lowered` by ``str.lower``."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered


#: Per Latin-1 byte, its letter in lower case.
_LATIN1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))


class _Sentences:
    """Sentences of a text, split one paragraph at a time and only where a cue asks.

    A line break always ends a sentence (:func:`~nato_iraq.document.sentences`), so splitting
    the paragraph around a position gives the same sentences as splitting the whole text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def at(self, position: int) -> tuple[int, int] | None:
        """The sentence holding *position*, or None when it falls between sentences."""
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        paragraph = self.paragraphs.get(start)
        if paragraph is None:
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            spans = [(start + s, start + e) for s, e in sentences(text[start:end])]
            paragraph = ([s for s, _ in spans], spans)
            self.paragraphs[start] = paragraph
        starts, spans = paragraph
        index = bisect.bisect_right(starts, position) - 1
        if index < 0 or spans[index][1] <= position:
            return None
        return spans[index]


def _key_starts(lowered: str, folded: str, patterns: _Patterns) -> list[int]:
    """Where :attr:`~_Patterns.keys` finds a key in *lowered* (after its first character).

    The keys are found in *folded*, the same text without accents, by the quicker
    :attr:`~_Patterns.plain_keys`: after a space (line breaks read as spaces) and after an
    apostrophe, each scan led by its literal. Every letter that matches an accented class folds
    to its plain letter, so together they find every key the accented pattern finds. When their
    finds do not overlap and each is also a find of the accented pattern, ending at the same
    place, the accented scan would have found exactly these: it would have found a key between
    two of them in the scan of its separator. A text where that does not hold (a letter folded
    from outside French, ``ā``; a key spelt across a line break) is scanned with the accented
    pattern.
    """
    after_space, after_apostrophe = patterns.plain_keys
    spaced = folded.replace("\n", " ") if "\n" in folded else folded
    hits = [m.span() for m in after_space.finditer(spaced)] + [m.span() for m in after_apostrophe.finditer(folded)]
    hits.sort()
    starts: list[int] = []
    keys = patterns.keys
    end = 0
    for start, hit_end in hits:
        key = keys.match(lowered, start)
        if start < end or key is None or key.end() != hit_end:
            return [key.start("k") for key in keys.finditer(lowered)]
        starts.append(key.start("k"))
        end = hit_end
    return starts


def _cue_matches(lowered: str, folded: str, patterns: _Patterns) -> list["re.Match[str]"]:
    """Cue matches, read only around the key words every cue contains.

    A cue starts with its key or at most a few words before it (``n'ont en revanche pas
    décidé``) on one of :data:`~.lexicon.decisions.CUE_STARTS`, so the long cue pattern is only
    tried at those words in the 70 characters before each key that no earlier cue covers.
    """
    cues, starts, by_letter = patterns.cues, patterns.starts, patterns.cues_by_letter
    found: list[re.Match[str]] = []
    last_end = 0
    size = len(lowered)
    # a key at the very start has no character before it: read it on a copy of the opening
    head = patterns.keys.match(" " + lowered[:40])
    firsts = [0] if head is not None else []
    for key_start in chain(firsts, _key_starts(lowered, folded, patterns)):
        if key_start < last_end:
            continue
        end = min(size, key_start + 300)
        candidates = [m.start() for m in starts.finditer(lowered, max(last_end, key_start - 70), key_start)]
        candidates.append(key_start)
        for candidate in candidates:
            if candidate < last_end:
                continue
            pattern = cues if by_letter is None else by_letter[lowered[candidate]]
            if pattern is None:
                continue  # no cue begins with this letter
            match = pattern.match(lowered, candidate, end)
            if match is not None:
                found.append(match)
                last_end = match.end()
                if last_end > key_start:
                    break
    return found


def _about_a_matter(summary: str, patterns: _Patterns) -> bool:
    """True when the first noun of *summary* names something to decide (a request, a plan...)."""
    lx = patterns.lexicon
    for word in patterns.word.findall(_text.fold_accents(summary).lower()):
        if word in lx.matter_skip:
            continue
        padded = word + " "
        return any(padded.startswith(stem) for stem in lx.decision_matters)
    return False


def _squash(text: str) -> str:
    """*text* with each run of white space made one space, and none at either end.

    Most clauses need no split: every white space character but the space is non-printable, so
    a printable clause with no doubled space only needs stripping.
    """
    if text.isprintable() and "  " not in text:
        return text.strip()
    return " ".join(text.split())


def _clause_after(text: str, start: int, limit: int, patterns: _Patterns) -> str:
    """The clause from *start*: leading time words and preposition dropped, up to a stop."""
    lead = patterns.leads.match(text, start, limit)
    if lead is not None:
        start = lead.end()
    stop = patterns.stops.search(text, start, min(limit, start + 250))
    end = stop.start() if stop is not None else min(limit, start + 250)
    return _squash(text[start:end])


def _clause_before(text: str, start: int, end: int, patterns: _Patterns) -> str:
    """The subject: text from the last clause boundary before *end* (or the sentence start)."""
    window_start = max(start, end - 200)
    begin = window_start
    for boundary in patterns.clause_start.finditer(text, window_start, end):
        begin = boundary.end()
    return _squash(text[begin:end])


def _agent(text: str, start: int, end: int, patterns: _Patterns) -> tuple[int, int] | None:
    """The body after the first ``par`` of the clause that names one (``examinée par le CAN``)."""
    position = start
    while True:
        lead = patterns.agent.match(text, position, end)
        if lead is None or lead.end() > start + 66:  # ``par`` within about 60 characters
            return None
        named = patterns.bodies.match(text, lead.end(), end)
        if named is not None:
            return named.span()
        position = lead.end()


_CLAUSE_BREAK = re.compile(r"[.;:!?«»\"“”]")


#: The most characters between a body and the cue after it.
_BODY_GAP = 60


def _body_before(text: str, sentence_start: int, cue_start: int, patterns: _Patterns) -> tuple[int, int] | None:
    """The last body in the 160 characters before the cue, if it ends at most :data:`_BODY_GAP`
    characters before it, with no clause break between them.

    Every body ends with one of the lexicon's :attr:`~_Patterns.body_ends`, so when none of them
    is written in the :attr:`~_Patterns.body_reach` characters before the cue, no body can end
    close enough, and the scan of the window (the body pattern tried at every word) is spared:
    about a third of English cues. That test reads the text in lower case, which is what the
    case-insensitive body pattern reads only for ASCII text (``re`` also folds a few other
    letters, ``ſ`` to ``s``); other text is scanned.
    """
    window_start = max(sentence_start, cue_start - 160)
    ends = patterns.body_ends
    if ends is not None:
        near = text[max(window_start, cue_start - patterns.body_reach) : cue_start]
        if near.isascii() and ends.search(near.lower()) is None:
            return None
    last = None
    for match in patterns.bodies.finditer(text, window_start, cue_start):
        last = match
    if last is None:
        return None
    gap = text[last.end() : cue_start]
    if len(gap) > _BODY_GAP or _CLAUSE_BREAK.search(gap):
        return None
    return last.start(), last.end()


def find(document: Document) -> tuple[DecisionCue, ...]:
    """Every decision cue in *document*, in text order."""
    patterns = _patterns(document.language)
    text = _text.view(document)
    matches = _cue_matches(_lowered(text), _text.lower_view(document), patterns)
    if not matches:
        return ()
    cues = patterns.lexicon.cues
    splitter = _Sentences(text)
    found: list[DecisionCue] = []
    sentence_spans: dict[tuple[int, int], Span] = {}  # a sentence with several cues is one span
    for match in matches:
        group = match.lastgroup  # the outermost group ``c<index>`` closes last
        assert group is not None
        index = int(group[1:])
        cue = cues[index]
        verb, action = patterns.groups[index]
        # the verb alone when the cue names one and it took part, else the whole match
        narrowed = match.span(verb) if verb is not None else (-1, -1)
        cue_start, cue_end = narrowed if narrowed[0] >= 0 else match.span()
        sentence = splitter.at(cue_start)
        if sentence is None:
            continue
        sentence_start, sentence_end = sentence
        if cue_end > sentence_end:
            continue
        body: tuple[int, int] | None = None
        inverted = patterns.inversion_before.search(text, max(sentence_start, cue_start - 20), cue_start)
        if cue.body == "agent":
            body = _agent(text, cue_end, sentence_end, patterns)
        elif inverted is not None:
            right = patterns.inverted.match(text, cue_end, sentence_end)
            named = patterns.bodies.match(text, right.end(), sentence_end) if right is not None else None
            if named is not None:
                body = named.span()
        else:
            body = _body_before(text, sentence_start, cue_start, patterns)
        summary = ""
        if inverted is not None and cue.summary == "object":
            comma = text.find(",", cue_end, sentence_end)
            if comma != -1:
                summary = _clause_after(text, comma + 1, sentence_end, patterns)
        elif cue.summary == "action" and action is not None and match.group(action):
            summary = _clause_after(text, match.start(action), sentence_end, patterns)
        elif cue.summary == "apposition":
            # the noun phrase before the comma that opens the participle: ``La prolongation, approuvée``
            comma = text.rfind(",", sentence_start, cue_start)
            if comma != -1:
                summary = _clause_before(text, sentence_start, comma, patterns)
        elif cue.summary == "subject":
            summary = _clause_before(text, sentence_start, cue_start, patterns)
            if summary.lower() in patterns.lexicon.impersonal:
                summary = ""  # impersonal ``il a été décidé de ...``: the matter follows
            noun = patterns.decision_noun.match(text, cue_start, cue_end)
            if noun is not None and not summary:
                # ``La décision a été prise [de ...|sur ...]``: the noun is the subject
                topical = patterns.topic_lead.match(text, cue_end, sentence_end)
                summary = _clause_after(text, cue_end, sentence_end, patterns) if topical else _squash(noun.group())
            elif not summary:
                summary = _clause_after(text, cue_end, sentence_end, patterns)
        if not summary:
            summary = _clause_after(text, cue_end, sentence_end, patterns)
        if cue.matter and not _about_a_matter(summary, patterns):
            continue
        if not summary:
            summary = _squash(text[sentence_start:sentence_end])
        sentence_span = sentence_spans.get(sentence)
        if sentence_span is None:
            sentence_span = sentence_spans[sentence] = document.span(sentence_start, sentence_end)
        found.append(
            DecisionCue(
                cue=document.span(cue_start, cue_end),
                status=cue.status,
                sentence=sentence_span,
                summary=summary,
                body=_squash(text[body[0] : body[1]]) if body is not None else None,
                body_span=document.span(*body) if body is not None else None,
            )
        )
    return tuple(found)
