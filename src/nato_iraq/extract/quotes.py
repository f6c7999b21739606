"""Direct quotes and reporting clauses in French news copy.

Quotation marks
    ``« »``, ``“ ”``, straight ``"`` and ``\u2018 \u2019``. Straight quotes pair by alternation within a
    paragraph. ``\u2019`` is also the apostrophe, so a closing ``\u2019`` must not be followed by a letter
    (``\u2018l\u2019Otan\u2019``). A quote may run over paragraphs, the French way: a paragraph that ends with a
    quote still open continues it when the next paragraph opens with a quotation mark (``«`` or
    ``»`` for guillemets); otherwise the quote ends with its paragraph (the closing mark is
    missing).

What is a quote
    The reporter also puts names, labels and borrowed words between quotation marks (``le
    prétendu « État islamique en Iraq et au Levant »``, ``une mission « non-combattante »``, à la
    suite « d'une demande des autorités irakiennes »). Rule: a quote has the *shape of a
    sentence* (two or more words, an initial capital and a final ``.``, ``!``, ``?`` or ``…``) or
    at least **four content words** -- words that are not French function words
    (:data:`~nato_iraq.extract.lexicon.people.FUNCTION_WORDS`). Counting content words rather than
    words is what tells ``« d'une demande des autorités irakiennes »`` (three: a fragment of the
    reporter's sentence) from ``"davantage d'institutions irakiennes de sécurité"`` (four: words of
    the speaker). A quoted *name* is never a quote: text after a naming word (``prétendu``,
    ``baptisé``), or text without a final stop whose content words are mostly capitalised
    (``«NATO Mission in Iraq»``).

Attribution
    The clause that says who spoke is looked for first *after* the quote, in the rest of its
    sentence, as an incise (``", a dit Jens Stoltenberg``, ``», a ajouté l'Otan``, ``", a-t-il
    affirmé``), then *before* it in the same sentence (``M. X a déclaré : « ... »``, ``Comme l'a
    souligné X, « ... »``, ``selon M. X, « ... »``, ``Il a rappelé que ... "..."``). Quotes of one
    sentence with no clause between them share the clause (``"a", "b", a-t-il affirmé``).
    ``cue`` is the verb group (``a-t-il affirmé``, ``a encore affirmé``, ``a dit``);
    ``speaker_span`` the speaker's noun phrase up to the end of its name, title or body
    (``le général de brigade Pierfranco Tria``, ``l'Otan``), or the pronoun, with ``pronoun=True``.

Patterns on words run on a same-length accent-folded view of
:func:`~nato_iraq.document.analysis_text`; verb forms run on the accented view, where
``indiqué`` is not ``indique``.
"""

import bisect
import functools
import re
from collections.abc import Callable, Iterable

import attrs

from ..document import Document
from . import _text
from .lexicon import fold as _fold_uncached
from .lexicon import people as lex
from .lexicon import places
from .mentions import QuoteMention, ReportMention

__all__ = ["find", "find_reports"]

#: Words repeat: fold each distinct one once.
fold = functools.lru_cache(maxsize=1 << 16)(_fold_uncached)

_UPPER = "A-ZÆØÞŒŁ"
_LETTER = r"[^\W\d_]"
_CAPTOK = rf"(?!(?:[A-NP-Z]|Qu|Jusqu|Lorsqu|Puisqu)')[{_UPPER}]{_LETTER}*(?:['-]{_LETTER}+){{0,4}}"
#: Words before a full stop that does not end a sentence (``M. Stoltenberg``, ``etc. et``).
_ABBREVIATIONS = frozenset(
    {"m", "mm", "mme", "dr", "st", "ste", "mgr", "pr", "etc", "cf", "av", "art", "no", "p", "vol", "gen", "col", "lt"}
)
#: How far from a quote its attribution clause may be looked for (characters).
_REACH = 400
_LOOSE = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]"}


def _alternation(words: "Iterable[str]", *, loose: bool = False) -> str:
    """A regex matching any of *words*, as a trie (shared prefixes are tried once, which is what
    keeps a few hundred alternatives fast); a space matches 1-3 spaces; *loose* lets an unaccented
    letter match its accented forms."""

    def char(c: str) -> str:
        if c == " ":
            return " {1,3}"
        return _LOOSE.get(c, re.escape(c)) if loose else re.escape(c)

    return _trie(words, char)


def _trie(words: "Iterable[str]", char: "Callable[[str], str]") -> str:
    root: dict[str, dict[str, object]] = {}
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})  # type: ignore[assignment]
        node[""] = {}

    def build(node: "dict[str, dict[str, object]]") -> str:
        branches = [char(c) + build(child) for c, child in sorted(node.items()) if c]  # type: ignore[arg-type]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return build(root)


@attrs.frozen
class _Patterns:
    cue: "re.Pattern[str]"
    skip: "re.Pattern[str]"
    after: tuple["re.Pattern[str]", ...]
    before: tuple["re.Pattern[str]", ...]
    pronoun_before: "re.Pattern[str]"
    generic: "re.Pattern[str]"
    name: "re.Pattern[str]"
    preposition: "re.Pattern[str]"
    comme: "re.Pattern[str]"
    sentence_end: "re.Pattern[str]"


@functools.cache
def _patterns() -> _Patterns:
    participles: set[str] = set()
    finites: set[str] = set()
    for past, finite in lex.REPORTING_VERBS.values():
        participles.update(past)
        finites.update(finite)
    auxiliaries = "|".join(lex.AUXILIARIES)
    adverbs_loose = _alternation(lex.REPORT_ADVERBS, loose=True)
    adverbs = _alternation(lex.REPORT_ADVERBS)
    pronouns = "il|elle|on|ils|elles"
    part = _alternation(participles)
    fin = _alternation(finites)
    cue = re.compile(
        rf"(?i)(?<![\w-])(?:"
        rf"(?:{auxiliaries})(?:-t)?-(?P<p1>{pronouns})(?: {{1,2}}(?:{adverbs_loose})){{0,2}} {{1,2}}(?:{part})"
        rf"|(?:{auxiliaries})(?: {{1,2}}(?:{adverbs_loose})){{0,2}} {{1,2}}(?:{part})"
        rf"|(?:{fin})(?:-t)?-(?P<p2>{pronouns})"
        rf"|(?P<finite>{fin})"
        rf")(?![\w-])"
    )
    honorifics = "|".join(re.escape(h) for h in sorted(lex.HONORIFICS, key=len, reverse=True))
    prefixes = _alternation(lex.NAME_PREFIXES)
    particles = _alternation(lex.NAME_PARTICLES)
    token = rf"(?:(?i:{prefixes})-)?{_CAPTOK}"
    name = rf"(?<![\w'-]){token}(?: (?:(?:{particles}) ){{0,2}}{token}){{0,4}}"
    titles = _alternation(list(lex.TITLES) + list(lex.RANKS))
    nationalities = _alternation(places.NATIONALITIES)
    departments = _alternation(lex.DEPARTMENTS)
    orgs = _alternation({k[2:] if k.startswith("l'") else k for k in places.ORGANISATIONS})
    countries = _alternation(places.COUNTRIES)
    role = (
        rf"(?i:(?<![\w-])(?:{titles})(?![\w-])"
        rf"(?: {{1,3}}(?:{nationalities})\b)?(?: {{1,3}}(?:{departments})\b)?(?: {{1,3}}(?:{nationalities})\b)?"
        rf"(?: {{1,3}}(?:de {{1,3}}l'|de {{1,3}}la {{1,3}}|de {{1,3}}|du {{1,3}}|des {{1,3}}|d')"
        rf"(?:{orgs}|{countries}|(?-i:{_CAPTOK}(?: {_CAPTOK}){{0,2}}))(?![\w-]))?"
        rf"(?: {{1,3}}(?:en|au) {{1,3}}(?:{countries})\b)?)"
    )
    det = r"(?i:(?:le|la|les|l') {0,2}|l')"
    hon_name = rf"(?:{honorifics}) {{0,2}}{name}"
    role_np = rf"(?:{det})?{role}(?:(?:, {{0,2}}| {{1,2}})(?:(?:{honorifics}) {{0,2}})?(?P<rname>{name}))?"
    body = rf"(?:{det})?(?i:{orgs})(?![\w-])|(?:{det}){_CAPTOK}"
    stops = _alternation(lex.SPEAKER_STOPS)
    word = rf"{_LETTER}[\w-]{{0,40}}"
    generic = re.compile(
        rf"(?i:(?:le|la|les|un|une) {{1,2}}|l')(?:{word})"
        rf"(?:(?i: {{1,2}}(?:de {{1,2}}la {{1,2}}|de {{1,2}}l'|de {{1,2}}|du {{1,2}}|des {{1,2}}|d'))(?:{word})"
        rf"| {{1,2}}(?!(?i:{stops})(?![\w'-])){word}){{0,6}}"
    )
    appositive = r"(?:, [^,.;:«»\"“”\n]{1,120},)?"
    before = tuple(
        re.compile(p)
        for p in (
            rf"(?P<sp>{hon_name}){appositive} {{0,2}}(?:(?i:{adverbs}) {{1,2}}){{0,2}}$",
            rf"(?P<sp>{role_np}),? {{0,2}}(?:(?i:{adverbs}) {{1,2}}){{0,2}}$",
            rf"(?P<sp>{name}){appositive} {{0,2}}(?:(?i:{adverbs}) {{1,2}}){{0,2}}$",
            rf"(?P<sp>{body}) {{0,2}}(?:(?i:{adverbs}) {{1,2}}){{0,2}}$",
        )
    )
    after = tuple(re.compile(rf"(?P<sp>{p})") for p in (hon_name, role_np, name, body))
    attributions = _alternation(lex.ATTRIBUTION_PREPOSITIONS + lex.SENTENCE_INITIAL_ATTRIBUTIONS)
    return _Patterns(
        cue=cue,
        skip=re.compile(rf"(?i)(?:[ ,]{{1,3}}(?:{adverbs})(?![\w'-])){{0,4}}[ ,]{{1,3}}"),
        after=after,
        before=before,
        pronoun_before=re.compile(rf"(?i)(?<![\w'-])(?P<sp>{pronouns})(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}$"),
        generic=generic,
        name=re.compile(name),
        preposition=re.compile(rf"(?i)(?<![\w'-])(?P<word>{attributions})(?= )"),
        comme=re.compile(r"(?i)(?:comme|ainsi que|tel que) {1,2}l' {0,2}$"),
        sentence_end=re.compile(r"[.!?…]+|\n"),
    )


# --- quotation marks ---------------------------------------------------------------------------


@attrs.frozen
class _Marked:
    """A pair of quotation marks: ``start:end`` with the marks, ``inner_start:inner_end`` without."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def _paragraph_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _next_paragraph_opening(text: str, paragraph_end: int) -> int | None:
    """Offset of the first non-space character of the next non-empty paragraph."""
    position = paragraph_end
    while position < len(text) and text[position] in " \n":
        position += 1
    return position if position < len(text) else None


def _trim_end(text: str, end: int, floor: int) -> int:
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def _guillemets(text: str, opener: str, closer: str, continuations: str) -> list[_Marked]:
    """Pairs of *opener*/*closer*, nested pairs inside, across paragraphs by continuation."""
    found: list[_Marked] = []
    position = 0
    while True:
        start = text.find(opener, position)
        if start < 0:
            return found
        depth = 1
        cursor = start + 1
        close: tuple[int, int] | None = None  # (inner_end, end)
        while close is None:
            paragraph_end = _paragraph_end(text, cursor)
            index = cursor
            while index < paragraph_end:
                char = text[index]
                if char == opener and char != closer:
                    depth += 1
                elif char == closer:
                    depth -= 1
                    if depth == 0:
                        close = (index, index + 1)
                        break
                index += 1
            if close is not None:
                break
            following = _next_paragraph_opening(text, paragraph_end)
            if following is not None and text[following] in continuations:
                cursor = following + 1
                continue
            end = _trim_end(text, paragraph_end, start + 1)
            close = (end, end)
        found.append(_Marked(start, close[1], start + 1, close[0]))
        position = close[1]


def _straight(text: str) -> list[_Marked]:
    """Straight quotes, paired by alternation within a paragraph (continued the French way)."""
    found: list[_Marked] = []
    open_at: int | None = None
    position = 0
    length = len(text)
    while position < length:
        paragraph_end = _paragraph_end(text, position)
        index = text.find('"', position, paragraph_end)
        while index >= 0:
            if open_at is None:
                open_at = index
            else:
                found.append(_Marked(open_at, index + 1, open_at + 1, index))
                open_at = None
            index = text.find('"', index + 1, paragraph_end)
        if open_at is not None:
            following = _next_paragraph_opening(text, paragraph_end)
            if following is not None and text[following] == '"':
                position = following + 1
                continue
            end = _trim_end(text, paragraph_end, open_at + 1)
            found.append(_Marked(open_at, end, open_at + 1, end))
            open_at = None
        position = paragraph_end + 1
    return found


def _single(original: str, view: str) -> list[_Marked]:
    """``\u2018 \u2019`` pairs: a closing ``\u2019`` is not followed by a letter (else it is an apostrophe)."""
    found: list[_Marked] = []
    position = 0
    while True:
        start = original.find("\u2018", position)
        if start < 0:
            return found
        position = start + 1
        if view[start] != "'":
            continue  # blanked furniture
        paragraph_end = _paragraph_end(original, start)
        index = original.find("\u2019", start + 1, paragraph_end)
        while index >= 0 and index + 1 < len(original) and original[index + 1].isalpha():
            index = original.find("\u2019", index + 1, paragraph_end)
        if index < 0:
            position = paragraph_end  # no closing mark left in this paragraph for any opening
            continue
        found.append(_Marked(start, index + 1, start + 1, index))
        position = index + 1


def _all_marked(document: Document, view: str) -> list[_Marked]:
    candidates = (
        _guillemets(view, "«", "»", "«»")
        + _guillemets(view, "“", "”", "“")
        + _straight(view)
        + _single(document.text, view)
    )
    candidates.sort(key=lambda m: (m.start, -m.end))
    outer: list[_Marked] = []
    last_end = -1
    for marked in candidates:
        if marked.start >= last_end:
            outer.append(marked)
            last_end = marked.end
    return outer


def _is_quote(document_view: str, folded: str, marked: _Marked) -> bool:
    """The rule of the module docstring: a sentence's shape or four content words, not a name."""
    inner = document_view[marked.inner_start : marked.inner_end].strip()
    if not inner:
        return False
    before = folded[max(0, marked.start - 40) : marked.start].split()
    if before and before[-1].strip(",;:(") in lex.NAMING_CUES:
        return False
    tokens = re.findall(rf"{_LETTER}+|\d+", inner)
    content = [t for t in tokens if fold(t) not in lex.FUNCTION_WORDS]
    stripped = inner.rstrip(' »”"\u2019«“)')
    final_stop = stripped.endswith((".", "!", "?", "…"))
    if not final_stop and content and content[0][0].isupper():
        capitalised = sum(1 for t in content if t[0].isupper())
        if capitalised * 2 > len(content):
            return False
    if final_stop and len(tokens) >= 2 and inner[0].isupper():
        return True
    return len(content) >= 4


# --- sentences ---------------------------------------------------------------------------------


def _sentence_ends(document: Document, view: str, quotes: list[_Marked]) -> list[int]:
    """Offsets just after each sentence end, ignoring stops inside quotation marks.

    Furniture (a header date, a byline) is a boundary too: it is not part of a sentence.
    """
    starts = [q.inner_start for q in quotes]
    ends: list[int] = [offset for f in document.furniture for offset in (f.span.start, f.span.end)]
    for match in _patterns().sentence_end.finditer(view):
        position = match.start()
        index = bisect.bisect_right(starts, position) - 1
        if index >= 0 and quotes[index].inner_start <= position < quotes[index].inner_end:
            continue
        if match.group() != "\n" and match.group() == ".":
            word = re.search(r"([^\W\d_]{1,4})$", view[max(0, position - 5) : position])
            abbreviation = word is not None and fold(word.group(1)) in _ABBREVIATIONS
            if word and (abbreviation or (len(word.group(1)) == 1 and word.group(1).isupper())):
                continue
            if view[position - 1 : position].isdigit() and view[position + 1 : position + 2].isdigit():
                continue  # 3.5
            following = view[match.end() : match.end() + 3].lstrip(' »”"\u2019)')
            if following[:1].islower():
                continue
        ends.append(match.end())
    return sorted(set(ends))


def _sentence(view: str, ends: list[int], position: int) -> tuple[int, int]:
    index = bisect.bisect_right(ends, position)
    start = ends[index - 1] if index > 0 else 0
    end = ends[index] if index < len(ends) else len(view)
    while start < end and view[start].isspace():
        start += 1
    end = _trim_end(view, end, start)
    return start, end


# --- reporting clauses -------------------------------------------------------------------------


@attrs.frozen
class _Clause:
    cue_start: int
    cue_end: int
    speaker: tuple[int, int] | None
    pronoun: bool


def _plausible_name(view: str, start: int, end: int) -> bool:
    words = view[start:end].split()
    folded = fold(view[start:end])
    if folded in places.NOT_PEOPLE or folded in places.COUNTRIES or folded in places.NATIONALITIES:
        return False
    if len(words) != 1:
        return True
    return not (fold(words[0]) in lex.NON_NAME_WORDS or (len(words[0]) <= 5 and words[0].isupper()))


def _trim_name(view: str, start: int, end: int) -> int:
    """Cut a name run before a word that cannot be part of a name (``Stoltenberg Mardi``)."""
    position = start
    for match in re.finditer(r"\S+", view[start:end]):
        word = fold(match.group())
        if position > start and (word in lex.NON_NAME_WORDS or word in places.COUNTRIES or word in places.NOT_PEOPLE):
            break
        position = start + match.end()
    return position


def _speaker_after(view: str, position: int, limit: int) -> tuple[int, int] | None:
    """The inverted speaker after a reporting verb (``a dit Jens Stoltenberg``)."""
    patterns = _patterns()
    skip = patterns.skip.match(view, position, limit)
    if skip is None:
        return None
    start = skip.end()
    for index, pattern in enumerate(patterns.after):
        match = pattern.match(view, start, limit)
        if match is None:
            continue
        end = match.end("sp")
        if index == 1:  # title: keep a following name only when it reads as one
            if match.group("rname") is not None:
                name_end = _trim_name(view, match.start("rname"), match.end("rname"))
                if _plausible_name(view, match.start("rname"), name_end):
                    return start, name_end
                return start, _role_end(view, match)
            return start, end
        if index == 2:
            end = _trim_name(view, start, end)
            if not _plausible_name(view, start, end):
                continue
        if index == 3 and not _body_ok(view, start, end):
            continue
        return start, end
    match = patterns.generic.match(view, start, limit)
    if match is not None:
        return start, _trim_end(view, match.end(), start)
    return None


def _role_end(view: str, match: "re.Match[str]") -> int:
    """End of a title match whose trailing name was rejected: before the separator."""
    end = match.start("rname")
    while end > match.start("sp") and view[end - 1] in " ,":
        end -= 1
    return end


def _body_ok(view: str, start: int, end: int) -> bool:
    """A body as speaker: a known organisation or country, or any capitalised noun after an article."""
    folded = fold(view[start:end])
    core = folded.split("'", 1)[-1] if "'" in folded[:3] else folded.split(" ", 1)[-1]
    if core in places.ORGANISATIONS or core in places.COUNTRIES or folded in places.ORGANISATIONS:
        return True
    return core not in lex.NON_NAME_WORDS or core in ("alliance", "otan", "coalition", "onu")


def _speaker_before(
    view: str, lo: int, cue_start: int, surnames: frozenset[str]
) -> tuple[tuple[int, int], bool] | None:
    """The subject before a reporting verb (``M. Stoltenberg a souligné``, ``Il a rappelé``)."""
    patterns = _patterns()
    match = patterns.pronoun_before.search(view, lo, cue_start)
    if match is not None:
        return (match.start("sp"), match.end("sp")), True
    for index, pattern in enumerate(patterns.before):
        match = pattern.search(view, lo, cue_start)
        if match is None:
            continue
        start, end = match.start("sp"), match.end("sp")
        if index == 1 and match.group("rname") is None and "," in view[end:cue_start]:
            continue  # ``le secrétaire général de l'OTAN, a dit`` is not French: the title is an object
        if index == 2:
            end = _trim_name(view, start, end)
            if not _plausible_name(view, start, end) or end != match.end("sp"):
                continue
            word = view[start:end]
            if " " not in word and word not in surnames:
                continue  # a capitalised first word of a sentence is too weak alone
        if index == 3 and not _body_ok(view, start, end):
            continue
        return (start, end), False
    return None


def _second_names(view: str) -> frozenset[str]:
    """Capitalised words that follow a capitalised word or an honorific (``Lloyd Austin``), in
    one pass: a one-word subject is read as a surname only when it is one of these."""
    pattern = rf"(?<![\w'.-])(?:[{_UPPER}][\w-]{{0,40}}|M\.|Mme) {{1,2}}([{_UPPER}][\w'-]{{0,40}})(?![\w'-])"
    return frozenset(m.group(1) for m in re.finditer(pattern, view))


def _previous_char(view: str, lo: int, position: int) -> int | None:
    """Offset of the last non-space character before *position* (not before *lo*)."""
    index = position - 1
    while index >= lo and view[index].isspace():
        index -= 1
    return index if index >= lo else None


def _clauses(view: str, folded: str, quotes: list[_Marked], ends: list[int]) -> list[_Clause]:
    """Every reporting verb outside quotation marks, with its speaker if one is found."""
    patterns = _patterns()
    starts = [q.inner_start for q in quotes]
    close_ends = {q.end for q in quotes}
    surnames = _second_names(folded)
    clauses: list[_Clause] = []
    for match in patterns.cue.finditer(view):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and quotes[index].inner_start <= match.start() < quotes[index].inner_end:
            continue
        sentence_start, sentence_end = _sentence(view, ends, match.start())
        pronoun = match.group("p1") or match.group("p2")
        if pronoun is not None:
            group = "p1" if match.group("p1") else "p2"
            clauses.append(_Clause(match.start(), match.end(), (match.start(group), match.end(group)), True))
            continue
        previous = _previous_char(view, sentence_start, match.start())
        incise = previous is not None and (view[previous] in ',»”"' or previous + 1 in close_ends)
        comme = patterns.comme.search(folded, max(sentence_start, match.start() - 30), match.start()) is not None
        speaker: tuple[int, int] | None = None
        is_pronoun = False
        if not comme:  # ``Florence Parly, a annoncé`` and ``X, secrétaire général, a dit``
            before = _speaker_before(folded, max(sentence_start, match.start() - 200), match.start(), surnames)
            if before is not None and not (incise and before[1]):
                speaker, is_pronoun = before
        if speaker is None and (incise or comme):
            speaker = _speaker_after(folded, match.end(), sentence_end)
        if speaker is None and match.group("finite") and not incise:
            continue  # a bare present form needs a speaker to be a verb (``l'annonce``)
        clauses.append(_Clause(match.start(), match.end(), speaker, is_pronoun))
    return clauses


# --- public ------------------------------------------------------------------------------------


@attrs.frozen
class _Analysis:
    view: str
    folded: str
    marked: list[_Marked]
    quotes: list[_Marked]
    ends: list[int]
    clauses: list[_Clause]
    close_ends: frozenset[int]


@functools.lru_cache(maxsize=4)
def _analyse(document: Document) -> _Analysis:
    """Marks, quotes, sentences and clauses of *document*, shared by :func:`find` and
    :func:`find_reports` (the resolver calls both on the same document)."""
    view = _text.view(document)
    folded = _text.folded_view(document)
    marked = _all_marked(document, view)
    quotes = [m for m in marked if _is_quote(view, folded, m)]
    ends = _sentence_ends(document, view, marked)
    clauses = _clauses(view, folded, marked, ends)
    return _Analysis(view, folded, marked, quotes, ends, clauses, frozenset(m.end for m in marked))


def find(document: Document) -> tuple[QuoteMention, ...]:
    """Direct quotes in *document*, in text order, each with its attribution when found."""
    analysis = _analyse(document)
    view = analysis.view
    cue_starts = [c.cue_start for c in analysis.clauses]
    result: list[QuoteMention] = []
    for quote in analysis.quotes:
        sentence_start, _ = _sentence(view, analysis.ends, quote.start)
        _, sentence_end = _sentence(view, analysis.ends, max(quote.start, quote.end - 1))
        clause = _clause_after(analysis, cue_starts, quote.end, sentence_end)
        if clause is None:
            clause = _clause_before(analysis, cue_starts, sentence_start, quote.start)
        inner_start, inner_end = quote.inner_start, quote.inner_end
        while inner_start < inner_end and view[inner_start].isspace():
            inner_start += 1
        inner_end = _trim_end(view, inner_end, inner_start)
        speaker = cue = None
        pronoun = False
        if clause is not None:
            cue = document.span(clause[0].cue_start, clause[0].cue_end)
            if clause[1] is not None:
                speaker = document.span(*clause[1])
            pronoun = clause[2]
        result.append(
            QuoteMention(
                span=document.span(inner_start, inner_end),
                marked=document.span(quote.start, quote.end),
                speaker_span=speaker,
                pronoun=pronoun,
                cue=cue,
            )
        )
    return tuple(result)


def _clause_after(
    analysis: _Analysis, cue_starts: list[int], position: int, limit: int
) -> tuple[_Clause, tuple[int, int] | None, bool] | None:
    """The first incise reporting clause after a quote, in the rest of its sentence."""
    index = bisect.bisect_left(cue_starts, position)
    limit = min(limit, position + _REACH)
    while index < len(cue_starts) and cue_starts[index] < limit:
        clause = analysis.clauses[index]
        previous = _previous_char(analysis.view, position, clause.cue_start)
        if (
            clause.pronoun
            or previous is None
            or analysis.view[previous] in ',»”"'
            or previous + 1 in analysis.close_ends
        ):
            return clause, clause.speaker, clause.pronoun
        index += 1
    return None


def _clause_before(
    analysis: _Analysis, cue_starts: list[int], lo: int, position: int
) -> tuple[_Clause, tuple[int, int] | None, bool] | None:
    """The last reporting clause with a speaker before a quote in its sentence, or ``selon X``."""
    best: tuple[_Clause, tuple[int, int] | None, bool] | None = None
    lo = max(lo, position - _REACH)
    index = bisect.bisect_left(cue_starts, position) - 1
    while index >= 0 and cue_starts[index] >= lo:
        clause = analysis.clauses[index]
        if clause.speaker is not None:
            best = (clause, clause.speaker, clause.pronoun)
            break
        index -= 1
    for match in _patterns().preposition.finditer(analysis.folded, lo, position):
        if fold(match.group("word")) in lex.SENTENCE_INITIAL_ATTRIBUTIONS and match.start() != lo:
            continue
        speaker = _speaker_after(analysis.folded, match.end(), position)
        if speaker is not None and (best is None or match.start() > best[0].cue_start):
            cue = _Clause(match.start(), match.end(), speaker, False)
            best = (cue, speaker, False)
    return best


def find_reports(document: Document) -> tuple[ReportMention, ...]:
    """Reporting clauses with a speaker (``a annoncé jeudi le secrétaire général``), in text order."""
    analysis = _analyse(document)
    result: list[ReportMention] = []
    for clause in analysis.clauses:
        if clause.speaker is None:
            continue
        start, end = _sentence(analysis.view, analysis.ends, clause.cue_start)
        result.append(
            ReportMention(
                cue=document.span(clause.cue_start, clause.cue_end),
                sentence=document.span(start, end),
                speaker_span=document.span(*clause.speaker),
                pronoun=clause.pronoun,
            )
        )
    return tuple(result)
