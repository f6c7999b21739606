"""Direct quotes and reporting clauses in French and English news copy.

Quotation marks
    ``« »``, ``“ ”``, straight ``"`` and ``\u2018 \u2019``. Straight quotes pair by alternation within a
    paragraph. ``\u2019`` is also the apostrophe, so a closing ``\u2019`` must not be followed by a letter
    (``\u2018l\u2019Otan\u2019``). A quote may run over paragraphs, the French way: a paragraph that ends with a
    quote still open continues it when the next paragraph opens with a quotation mark (``«`` or
    ``»`` for guillemets); otherwise the quote ends with its paragraph (the closing mark is
    missing).

What is a quote
    The reporter also puts names, labels and borrowed words between quotation marks (``le
    prétendu « État islamique en Iraq et au Levant »``, ``une opération baptisée « Inherent
    Resolve »``). A quoted *name* is never a quote: text after a naming word (``prétendu``,
    ``baptisé``), or text without a final stop whose content words are mostly capitalised
    (``«NATO Mission in Iraq»``). Other quoted words are a quote when they have the *shape of a
    sentence* (two or more words, an initial capital and a final ``.``, ``!``, ``?`` or ``…``) or
    at least **four content words** -- words that are not French function words
    (:data:`~nato_iraq.extract.lexicon.people.FUNCTION_WORDS`) -- or, however short, when a
    clause attributes them to someone (``a jugé ce vote « contraignant »``, ``une décision sera
    prise « le moment venu », a précisé M. Stoltenberg``): a speaker's words quoted in part are
    still the speaker's words. A fragment that nobody is said to have said (``à la suite « d'une
    demande des autorités »``) is the reporter's phrasing and is left out.

Attribution
    The clause that says who spoke is looked for first *after* the quote, in the rest of its
    sentence, as an incise (``", a dit Jens Stoltenberg``, ``», a ajouté l'Otan``, ``", a-t-il
    affirmé``, ``», selon un diplomate``), then *before* it in the same sentence (``M. X a déclaré :
    « ... »``, ``Comme l'a souligné X, « ... »``, ``selon M. X, « ... »``, ``Pour la ministre,
    « ... »``, ``Il a rappelé que ... "..."``), where a verb that quotes its object (``a salué
    « un signal fort »``, ``a qualifié de « ... »``, ``a évoqué``, ``a dénoncé``: see
    :data:`~nato_iraq.extract.lexicon.people.QUOTE_VERBS`) attributes the quote that follows it
    in its clause. Quotes of one sentence with no clause between them share the clause (``"a",
    "b", a-t-il affirmé``). A quote with no clause of its own that follows, in the same or the
    next paragraph, an attributed quote or a reporting clause with a speaker continues that
    statement and points at the same clause; with nothing before it, it stays unattributed.
    ``cue`` is the verb group (``a-t-il affirmé``, ``a encore affirmé``, ``a dit``);
    ``speaker_span`` the speaker's noun phrase up to the end of its name, title or body (``le
    général de brigade Pierfranco Tria``, ``M. de Hoop Scheffer``, ``l'Otan``), or the pronoun,
    with ``pronoun=True``.

Reporting clauses
    :func:`find_reports` returns the reporting clauses (verbs of
    :data:`~nato_iraq.extract.lexicon.people.REPORTING_VERBS`) that have a speaker, outside
    quotation marks and outside the document's title: a headline's present tense (``L'OTAN
    réaffirme son partenariat``) is not a statement.

English
    ``document.language == "en"`` selects the English tables
    (:data:`~nato_iraq.extract.lexicon.people.ENGLISH`) and grammar: marks ``“ ”``, ``"``,
    ``‘ ’`` and straight ``'`` (an opening ``'`` starts a word, a closing one ends a word,
    so ``NATO's`` and ``allies'`` are apostrophes); a paragraph left open continues into a next
    paragraph that opens with a mark, as in French. The clause after a quote may put its subject
    first (``"...," Stoltenberg said``, ``"...," he told reporters``, ``"...," NATO said in a
    statement``, ``"...," a senior NATO official said``) or invert it (``"...," said Stoltenberg,
    NATO's secretary general``); before a quote, ``Stoltenberg said: "..."`` and ``according to
    X, "..."``. English past forms (``said``, ``announced``) are verbs without an auxiliary, so a
    sentence-initial noun phrase (``Iraqi officials said``, ``In a statement, the ministry said``)
    is a subject; a verb coordinated with ``and`` shares the subject of the verb before it
    (``He welcomed the step and praised the "courage of Iraqi forces"``).

Speed
    Verb forms are found with a scan of :func:`~nato_iraq.extract._text.view` between quotation
    marks (a verb inside them is quoted, not reported) with a pattern that opens with a literal
    space (the regex engine then skips in C to each word start); everything else is
    anchored matching or searching in short windows around the few verbs and quotation marks.
    Sentence bounds are found around a position on demand, and a clause's speaker is read only
    when a quote or :func:`find_reports` asks for it. Lexicon words are matched on accent-folded
    copies of the view (one byte translation each, see :func:`_fold_views`), so the patterns
    are plain tries without flags, cheap to compile. The analysis is kept for as long as its
    document lives, so :func:`find_reports` after :func:`find` costs only its own part.
    Before a verb, a subject pattern is not searched where none of its matches could be kept:
    the title phrase where no title word occurs, a body or a pronoun before the last comma, a
    name or a body before an incise comma without an apposition.
"""

import bisect
import functools
import re
import weakref
from collections.abc import Callable, Iterable
from itertools import filterfalse
from typing import NamedTuple

import attrs

from ..document import Document, Span
from . import _text
from .lexicon import fold as _fold_uncached
from .lexicon import people as lex
from .mentions import QuoteMention, ReportMention

__all__ = ["find", "find_reports"]


def _span_maker(document: Document) -> "Callable[[int, int], Span]":
    """``document.span`` without its checks: offsets found in the view are ints within the text
    (the view is as long), and the checks cost a third of a span. :meth:`Span._of
    <nato_iraq.span.Span._of>` is the constructor ``Document.span`` ends with."""
    return functools.partial(Span._of, document.id, document.text)


#: Words repeat: fold each distinct one once.
_fold_cached = functools.lru_cache(maxsize=1 << 16)(_fold_uncached)


def fold(text: str) -> str:
    """:func:`nato_iraq.extract.lexicon.fold`; an ASCII word only needs lower-casing."""
    return text.lower() if text.isascii() else _fold_cached(text)


_UPPER = "A-ZÀ-ÖØ-ÞŒŁŠŽČŘŞĞİŚŻ"
_LETTER = r"[^\W\d_]"
_CAPTOK = rf"(?!(?:[A-NP-Z]|Qu|Jusqu|Lorsqu|Puisqu)')[{_UPPER}]{_LETTER}*(?:['-]{_LETTER}+){{0,4}}"
#: English: a possessive ``'s`` ends a name (``Stoltenberg's``).
_CAPTOK_EN = rf"[{_UPPER}]{_LETTER}*(?:(?:-|'(?!s(?![\w'-])))" + rf"{_LETTER}+){{0,4}}"
#: How far from a quote its attribution clause may be looked for (characters).
_REACH = 400
#: How far a sentence is looked for around a position, and a paragraph before a quote.
_SENTENCE_REACH = 3000
#: How far a verb that quotes its object may be from the quote (characters): ``a salué un accord
#: qui « ouvre une nouvelle étape »``.
_OBJECT_REACH = 120
_STOPS = ".!?…"
_CLOSERS = ',»”"'
#: A group that never matches: a grammar part a language does not have.
_NONE = "(?!)"


def _offsets(text: str, chars: str) -> list[int]:
    """Sorted offsets of the characters *chars* in *text* (``str.find`` skips to each in C)."""
    found: list[int] = []
    for char in chars:
        index = text.find(char)
        while index >= 0:
            found.append(index)
            index = text.find(char, index + 1)
    found.sort()
    return found


def _words(words: "Iterable[str]") -> str:
    """A trie of folded lower-case *words* (a space matches one to three spaces)."""
    return _text.alternation(sorted(words))


class _VerbForm(NamedTuple):
    """What a verb form found in the text can be."""

    participle: bool
    finite: bool
    quote_only: bool


class _FunctionTokens(dict[str, bool]):
    """Whether a token is a function word (its fold is one of *words*), remembered per token:
    words repeat, and a dictionary look-up costs less than folding. Cleared when it grows large."""

    def __init__(self, words: "frozenset[str]") -> None:
        super().__init__()
        self.words = words

    def __missing__(self, token: str) -> bool:
        if len(self) >= 1 << 16:
            self.clear()
        value = self[token] = fold(token) in self.words
        return value


@attrs.frozen
class _Patterns:
    lx: lex.PeopleLexicon
    english: bool
    forms: "dict[str, _VerbForm]"
    noun_markers: frozenset[str]
    auxiliaries: frozenset[str]
    verb: "re.Pattern[str]"
    auxiliary: "re.Pattern[str]"
    inversion: "re.Pattern[str]"
    skip: "re.Pattern[str]"
    after: "tuple[re.Pattern[str], ...]"
    name_search: "re.Pattern[str]"
    before: "tuple[re.Pattern[str], ...]"
    pronoun_before: "re.Pattern[str]"
    generic: "re.Pattern[str]"
    generic_before: "re.Pattern[str]"
    preposition: "re.Pattern[str]"
    preposition_heads: tuple[str, ...]
    preposition_after: "re.Pattern[str]"
    comme: "re.Pattern[str]"
    tokens: "re.Pattern[str]"
    second_names: "re.Pattern[str]"
    function_tokens: _FunctionTokens
    titles: "re.Pattern[str] | None"
    comma_free: bool


def _verb_forms(lx: lex.PeopleLexicon) -> "dict[str, _VerbForm]":
    forms: dict[str, _VerbForm] = {}
    for table, quote_only in ((lx.quote_verbs, True), (lx.reporting_verbs, False)):
        for participles, finites in table.values():
            for form in set(participles) | set(finites):
                old = forms.get(form)
                forms[form] = _VerbForm(
                    participle=form in participles or (old is not None and old.participle),
                    finite=form in finites or (old is not None and old.finite),
                    quote_only=quote_only,
                )
    return forms


def _language(document: Document) -> str:
    return document.language if document.language in lex.LEXICONS else "fr"


@functools.cache
def _patterns(language: str = "fr") -> _Patterns:
    """Patterns on three same-length texts: verb forms on the view (accents tell ``indiqué``
    from ``indique``); lexicon words alone on *low*, the view folded and lower-cased; speakers,
    where a name's capitals matter, on the folded view with the lexicon parts case-insensitive.

    French and English share the shape of a clause (subject or inverted speaker, verb group,
    apposition); they differ in the verb group (``a-t-il dit`` / ``he said``), in the title
    phrase (``le secrétaire général de l'OTAN`` / ``NATO Secretary General``) and in the words
    that introduce a speaker (``selon`` / ``according to``)."""
    lx = lex.LEXICONS.get(language, lex.FRENCH)
    english = lx is lex.ENGLISH
    forms = _verb_forms(lx)
    pronouns = "|".join(lx.pronouns)
    adverbs = _words(lx.report_adverbs)
    honorifics = "|".join(re.escape(h) for h in sorted(lx.honorifics, key=len, reverse=True))
    prefixes = _text.alternation(lx.name_prefixes)
    particles = _text.alternation(lx.name_particles)
    captok = _CAPTOK_EN if english else _CAPTOK
    token = rf"(?:(?i:{prefixes})-)?{captok}"
    name_words = rf"{token}(?: (?:(?:{particles}) ){{0,2}}{token}){{0,4}}"
    name = rf"(?<![\w'-]){name_words}"
    titles = _words(list(lx.titles) + list(lx.ranks))
    nationalities = _words(set(lx.nationalities))
    departments = _words(set(lx.departments))
    qualifiers = _words(lx.title_qualifiers)
    orgs = _words({k[2:] if k.startswith("l'") else k for k in lx.organisations})
    countries = _words(set(lx.countries))
    units = _words(lx.role_units)
    stops = _words(lx.speaker_stops)
    word = rf"{_LETTER}[\w-]{{0,40}}"
    if english:
        role = (
            rf"(?i:(?<![\w-])(?:(?:(?:{orgs}|{countries})(?:'s?)?|{nationalities}) {{1,3}}){{0,2}}"
            rf"(?:(?:{_words(set(lx.pre_departments))}) {{1,3}})?(?:{titles})(?![\w-])"
            rf"(?: {{1,3}}(?:of|for|to) {{1,3}}(?:the {{1,3}})?(?:(?:{orgs})(?:'s)? {{1,3}})?"
            rf"(?:{departments}|{units}|{orgs}|{countries}|(?-i:{captok}(?: {captok}){{0,3}}))(?![\w-]))?"
            rf"(?: {{1,3}}in {{1,3}}(?:{countries})\b)?)"
        )
        det = r"(?i:the {1,2})"
        body = rf"(?<![\w'-])(?:(?:{det})?(?i:{orgs}|{countries})(?![\w'-])|(?:{det}){captok})"
        articles = r"(?i:the|a|an) {1,2}"
        generic_head = r"(?i:the|a|an|one|two|three|several|some|many|other) {1,2}"
        auxiliaries = _words(lx.auxiliaries)
        auxiliary = (
            rf"(?<![\w-])(?:{auxiliaries})(?P<p1>{_NONE})?(?P<refl>{_NONE})?(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}\Z"
        )
        inversion = rf"(?P<p>{_NONE})"
        verb = rf" (?:{_text.alternation(forms)})(?![\w'-])"
        noun_markers = lx.determiners | {"of", "to", "for", "in", "on", "at", "by", "with", "from"}
        comme = _NONE
    else:
        role = (
            rf"(?i:(?<![\w-])(?:{titles})(?![\w-])"
            rf"(?: {{1,3}}(?:{nationalities}|{qualifiers})(?![\w-])){{0,2}}(?: {{1,3}}(?:{departments})\b)?"
            rf"(?: {{1,3}}(?:{nationalities})\b)?"
            rf"(?: {{1,3}}(?:de {{1,3}}l'|de {{1,3}}la {{1,3}}|du {{1,3}}|des {{1,3}})(?:{units})(?![\w-]))?"
            rf"(?: {{1,3}}(?:de {{1,3}}l'|de {{1,3}}la {{1,3}}|de {{1,3}}|du {{1,3}}|des {{1,3}}|d')"
            rf"(?:{orgs}|{countries}|(?-i:{_CAPTOK}(?: {_CAPTOK}){{0,2}}))(?![\w-]))?"
            rf"(?: {{1,3}}(?:en|au) {{1,3}}(?:{countries})\b)?)"
        )
        det = r"(?i:(?:le|la|les|l') {0,2}|l')"
        body = rf"(?<![\w'-])(?:(?:{det})?(?i:{orgs})(?![\w-])|(?:{det}){_CAPTOK})"
        articles = r"(?i:(?:le|la|les|un|une) {1,2}|l')"
        generic_head = articles
        auxiliaries = "|".join(lx.auxiliaries)
        reflexive = _words({fold(a) for a in lx.reflexive_auxiliaries})
        auxiliary = (
            rf"(?<![\w-])(?:(?:{auxiliaries})(?:(?:-t)?-(?P<p1>{pronouns}))?|(?P<refl>{reflexive}))"
            rf"(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}\Z"
        )
        inversion = rf"(?:-t)?-(?P<p>{pronouns})(?![\w-])"
        verb = rf" (?:{_text.alternation(forms)})(?:(?![\w-])|(?=(?:-t)?-(?:{pronouns})(?![\w-])))"
        noun_markers = lx.determiners | lx.subject_blockers
        comme = r"(?:comme|ainsi que|tel que) {1,2}l' {0,2}\Z"
    hon_name = rf"(?:{honorifics}) {{0,2}}(?:(?:{particles}) {{1,2}}){{0,2}}{name}"
    role_np = rf"(?:{det})?{role}(?:(?:, {{0,2}}| {{1,2}})(?:(?:{honorifics}) {{0,2}})?(?P<rname>{name}))?"
    generic_tail = (
        rf"(?:{word})(?:(?i: {{1,2}}(?:de {{1,2}}la {{1,2}}|de {{1,2}}l'|de {{1,2}}|du {{1,2}}|des {{1,2}}|d'"
        rf"|of {{1,2}}))"
        rf"(?:{word})| {{1,2}}(?!(?i:{stops})(?![\w'-])){word}){{0,6}}"
    )
    if not english:  # the historic French pattern, unchanged
        generic_tail = (
            rf"(?:{word})"
            rf"(?:(?i: {{1,2}}(?:de {{1,2}}la {{1,2}}|de {{1,2}}l'|de {{1,2}}|du {{1,2}}|des {{1,2}}|d'))(?:{word})"
            rf"| {{1,2}}(?!(?i:{stops})(?![\w'-])){word}){{0,6}}"
        )
    generic = re.compile(rf"{articles}{generic_tail}")
    # English subjects go without an article (``Iraqi officials said``), never a stop word first
    generic_before = re.compile(rf"(?:{generic_head})?(?!(?i:{stops})(?![\w'-])){generic_tail}") if english else generic
    adverbs_ci = rf" {{0,2}}(?:(?i:{adverbs}) {{1,2}}){{0,2}}"
    # What may stand between a subject and its verb: for a name, an apposition closed by a
    # comma (``X, ministre des Armées, a dit``); after a title and a name, a comma; after a
    # body, nothing but adverbs. The subject patterns are the ``after`` ones, searched in the
    # window before the verb (one compiled copy of each, not two).
    before = (
        re.compile(rf"(?:, [^,.;:«»\"“”\n]{{1,120}},)?{adverbs_ci}"),
        re.compile(rf",?{adverbs_ci}"),
        re.compile(rf"(?:, [^,.;:«»\"“”\n]{{1,120}},)?{adverbs_ci}"),
        re.compile(adverbs_ci),
    )
    after = tuple(re.compile(rf"(?P<sp>{p})") for p in (hon_name, role_np, name, body))
    attributions = _words(lx.attribution_prepositions + lx.sentence_initial_attributions)
    # honorifics before a second name: French copy writes ``M.`` and ``Mme`` (the historic set)
    honorific_alternatives = honorifics if english else r"M\.|Mme"
    ascii_titles = all(w.isascii() for w in list(lx.titles) + list(lx.ranks))
    return _Patterns(
        lx=lx,
        english=english,
        forms=forms,
        noun_markers=frozenset(noun_markers),
        auxiliaries=frozenset(lx.auxiliaries),
        # A literal space first: the engine jumps from space to space in C. No group: the
        # verb is the match but its space, and a group costs a save at every space.
        verb=re.compile(verb),
        auxiliary=re.compile(auxiliary),
        inversion=re.compile(inversion),
        skip=re.compile(rf"(?:[ ,]{{1,3}}(?:{adverbs})(?![\w'-])){{0,4}}[ ,]{{1,3}}"),
        after=after,
        # the name pattern (``after[2]``) to search a window with: its lookbehind becomes a
        # character the match consumes, so the pattern opens with a character class, which the
        # regex engine skips to in C instead of trying the pattern at every letter. A name ends
        # with a letter, so no name starts right where the one before ends: the names found from
        # ``pos - 1`` are those found from ``pos``, one character later (see ``_speaker_before``)
        name_search=re.compile(rf"[^\w'-](?P<sp>{name_words})"),
        before=before,
        pronoun_before=re.compile(rf"(?<![\w'-])(?P<sp>{pronouns})(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}\Z"),
        generic=generic,
        generic_before=generic_before,
        preposition=re.compile(rf"(?<![\w'-])(?P<word>{attributions})(?= )"),
        # the first word of each of its words: a match starts with one (on *low*)
        preposition_heads=tuple(
            sorted({w.split(" ", 1)[0] for w in (*lx.attribution_prepositions, *lx.sentence_initial_attributions)})
        ),
        preposition_after=re.compile(rf"[ ,]{{0,3}}(?<![\w'-])(?P<word>{_words(lx.attribution_prepositions)})(?= )"),
        comme=re.compile(comme),
        tokens=re.compile(rf"{_LETTER}+|\d+"),
        function_tokens=_FunctionTokens(frozenset(lx.function_words)),
        # the title words alone, case-sensitive, for *low*: a title phrase (``role_np``) holds
        # one, so a window without any cannot hold a title phrase; each after a character that
        # is not a lower-case ASCII letter (see :func:`_may_hold_title`)
        titles=re.compile(rf"[^a-z](?:{titles})") if ascii_titles else None,
        # no pronoun, adverb, organisation or country holds a comma (see ``_speaker_before``)
        comma_free=not any("," in w for w in (*lx.pronouns, *lx.report_adverbs, *lx.organisations, *lx.countries)),
        second_names=re.compile(
            rf"(?<![\w'.-])(?:[{_UPPER}][\w-]{{0,40}}|{honorific_alternatives})"
            rf" {{1,2}}([{_UPPER}][\w'-]{{0,40}})(?![\w'-])"
        ),
    )


# --- quotation marks ---------------------------------------------------------------------------

#: What ends or nests a pair of guillemets or curly quotes. Module constants, not part of
#: :func:`_patterns`: called there without its argument, that cache built a second copy of all
#: French patterns on the first document with such marks (milliseconds, once per process).
_MARKS = {"«": re.compile("[«»\n]"), "“": re.compile("[“”\n]")}


class _Marked(NamedTuple):
    """A pair of quotation marks: ``start:end`` with the marks, ``inner_start:inner_end`` without.

    The records of the analysis (marks, verb groups, clauses) are named tuples, not attrs
    classes: a document makes dozens of them and a frozen attrs instance costs several times
    more to build."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def _next_paragraph_opening(text: str, paragraph_end: int) -> int | None:
    """Offset of the first non-space character of the next non-empty paragraph."""
    position = paragraph_end
    length = len(text)
    while position < length and text[position] in " \n":
        position += 1
    return position if position < length else None


def _trim_end(text: str, end: int, floor: int) -> int:
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def _guillemets(text: str, opener: str, closer: str, continuations: str) -> list[_Marked]:
    """Pairs of *opener*/*closer*, nested pairs inside, across paragraphs by continuation."""
    found: list[_Marked] = []
    marks = _MARKS[opener]
    position = 0
    while True:
        start = text.find(opener, position)
        if start < 0:
            return found
        depth = 1
        cursor = start + 1
        close: tuple[int, int] | None = None  # (inner_end, end)
        while close is None:
            mark = marks.search(text, cursor)
            if mark is None or mark.group() == "\n":
                paragraph_end = len(text) if mark is None else mark.start()
                following = _next_paragraph_opening(text, paragraph_end)
                if following is not None and text[following] in continuations:
                    cursor = following + 1
                    continue
                end = _trim_end(text, paragraph_end, start + 1)
                close = (end, end)
            elif mark.group() == closer:
                depth -= 1
                if depth == 0:
                    close = (mark.start(), mark.end())
                cursor = mark.end()
            else:
                depth += 1
                cursor = mark.end()
        found.append(_Marked(start, close[1], start + 1, close[0]))
        position = close[1]


def _straight(text: str) -> list[_Marked]:
    """Straight quotes, paired by alternation within a paragraph (continued the French way)."""
    found: list[_Marked] = []
    positions: list[int] = []
    index = text.find('"')
    while index >= 0:
        positions.append(index)
        index = text.find('"', index + 1)
    count = len(positions)
    current = 0
    while current < count:
        open_at = positions[current]
        cursor = open_at + 1
        following_index = current + 1
        while True:
            newline = text.find("\n", cursor)
            following = positions[following_index] if following_index < count else -1
            if following >= 0 and (newline < 0 or following < newline):
                found.append(_Marked(open_at, following + 1, open_at + 1, following))
                current = following_index + 1
                break
            paragraph_end = len(text) if newline < 0 else newline
            opening = _next_paragraph_opening(text, paragraph_end) if newline >= 0 else None
            if opening is not None and opening == following:
                cursor = opening + 1  # the next paragraph opens with a mark: the quote goes on
                following_index += 1
                continue
            end = _trim_end(text, paragraph_end, open_at + 1)
            found.append(_Marked(open_at, end, open_at + 1, end))
            current = following_index
            break
    return found


def _paragraph_end(text: str, start: int) -> int:
    """Where the paragraph holding *start* ends: its line break, or the end of *text*."""
    end = text.find("\n", start)
    return end if end >= 0 else len(text)


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


_SINGLE_OPEN = re.compile(r"(?<![\w'’.,])'(?=[^\W_])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?![^\W_])")


def _straight_single(original: str, view: str) -> list[_Marked]:
    """English straight single quotes (``he called it 'historic'``): an opening ``'`` starts a
    word, a closing one ends a word; an apostrophe inside a word (``NATO's``, ``O'Brien``) is
    neither. A quote ends within its paragraph."""
    found: list[_Marked] = []
    position = 0
    while True:
        opening = _SINGLE_OPEN.search(original, position)
        if opening is None:
            return found
        start = opening.start()
        position = start + 1
        if view[start] != "'":
            continue  # blanked furniture
        paragraph_end = _paragraph_end(original, start)
        closing = _SINGLE_CLOSE.search(original, start + 2, paragraph_end)
        if closing is None:
            position = paragraph_end
            continue
        found.append(_Marked(start, closing.end(), start + 1, closing.start()))
        position = closing.end()


def _all_marked(document: Document, view: str, english: bool = False) -> list[_Marked]:
    """The outermost pairs of quotation marks of every kind, in text order.

    Each kind's pairs come in text order and do not overlap, so a text with one kind of marks
    (most) needs no sorting or nesting check."""
    sources: list[list[_Marked]] = []
    if english and "'" in document.text:
        sources.append(_straight_single(document.text, view))
    if "«" in view:
        sources.append(_guillemets(view, "«", "»", "«»"))
    if "“" in view:
        sources.append(_guillemets(view, "“", "”", "“"))
    sources.append(_straight(view))
    if "\u2018" in document.text:
        sources.append(_single(document.text, view))
    sources = [found for found in sources if found]
    if len(sources) <= 1:
        return sources[0] if sources else []
    candidates = [marked for found in sources for marked in found]
    candidates.sort(key=lambda m: (m.start, -m.end))
    outer: list[_Marked] = []
    last_end = -1
    for marked in candidates:
        if marked.start >= last_end:
            outer.append(marked)
            last_end = marked.end
    return outer


_NAME, _FRAGMENT, _QUOTE = 0, 1, 2


@functools.cache
def _latin1_tokens() -> "re.Pattern[str]":
    """:attr:`_Patterns.tokens` for text without characters beyond Latin-1: the same pattern with
    its two classes spelled out as the Latin-1 characters they hold. A class of listed characters
    is one table look-up per character, the class of categories three; on Latin-1 text both
    find the same tokens."""

    def listed(pattern: str) -> str:
        chars = (chr(code) for code in range(256))
        return "[" + "".join(re.escape(c) for c in chars if re.fullmatch(pattern, c)) + "]"

    letters, digits = listed(_LETTER), listed(r"\d")
    return re.compile(f"{letters}+|{digits}+")


def _is_latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


#: How many characters of a long quote :func:`_kind` reads first.
_KIND_HEAD = 60


def _kind(view: str, marked: _Marked, patterns: _Patterns, tokens_pattern: "re.Pattern[str]") -> int:
    """The rule of the module docstring: a name, a fragment (a quote only when attributed), or a
    quote by its own shape. *tokens_pattern* is :attr:`_Patterns.tokens` or, on Latin-1 text,
    its faster equal :func:`_latin1_tokens`.

    Only the last two words before the quote are split off (``rsplit``), and the content words
    are filtered in C (``filterfalse`` over the remembered function-word flags). A long quote
    is read up to a space within its first :data:`_KIND_HEAD` characters first: no token holds a
    space, so those are its first tokens, and when they already make it a quote (two words of a
    sentence, or four content words where the capitalised-name rule does not apply: that rule
    counts all the words), the rest of the quote is not split into words."""
    inner = view[marked.inner_start : marked.inner_end].strip()
    if not inner:
        return _NAME
    before = view[max(0, marked.start - 40) : marked.start].rsplit(None, 2)
    lx = patterns.lx
    if before and fold(before[-1].strip(",;:(")) in lx.naming_cues:
        return _NAME
    if (
        not patterns.english
        and len(before) >= 2
        and before[-1] == "comme"
        and before[-2].endswith(("é", "ée", "és", "ées"))
    ):
        return _NAME  # ``annoncée comme « cruciale »``: a label nobody is said to have said
    sentence_shaped = inner.rstrip(' »”"\u2019«“)').endswith((".", "!", "?", "…"))
    head_end = inner.rfind(" ", 0, _KIND_HEAD) if len(inner) > _KIND_HEAD else -1
    if head_end > 0:
        head = tokens_pattern.findall(inner, 0, head_end)
        if sentence_shaped and len(head) >= 2 and inner[0].isupper():
            return _QUOTE
        content = list(filterfalse(patterns.function_tokens.__getitem__, head))
        if len(content) >= 4 and (sentence_shaped or not content[0][0].isupper()):
            return _QUOTE
    tokens = tokens_pattern.findall(inner)
    if sentence_shaped and len(tokens) >= 2 and inner[0].isupper():
        return _QUOTE
    content = list(filterfalse(patterns.function_tokens.__getitem__, tokens))
    if not sentence_shaped and content and content[0][0].isupper():
        capitalised = sum(1 for t in content if t[0].isupper())
        if capitalised * 2 > len(content):
            return _NAME
    return _QUOTE if len(content) >= 4 else _FRAGMENT


# --- the analysis of one document --------------------------------------------------------------


class _Cue(NamedTuple):
    """A verb group found in the text; whether it is a reporting clause depends on its speaker."""

    start: int
    end: int
    pronoun: tuple[int, int] | None
    finite: bool  # a bare finite form (``annonce``): a verb only with a speaker or as an incise
    quote_only: bool  # a verb that quotes its object (``a salué``): attributes a quote only


class _Clause(NamedTuple):
    cue_start: int
    cue_end: int
    speaker: tuple[int, int] | None
    pronoun: bool
    quote_only: bool = False


class _Analysis:
    """Marks, verb groups and, on demand, sentences and speakers of one document, shared by
    :func:`find` and :func:`find_reports` (the resolver calls both on the same document).

    A plain class, not a frozen attrs one: it is a cache that fills in as speakers and
    sentences are asked for, and never leaves this module.
    """

    def __init__(self, document: Document) -> None:
        self.patterns = _patterns(_language(document))
        self.view = view = _text.view(document)
        self.folded, self.low = _text.folded_view(document), _text.lower_view(document)
        self.marked = _all_marked(document, view, self.patterns.english)
        self.mark_starts = [m.inner_start for m in self.marked]
        self.mark_ends = [m.inner_end for m in self.marked]
        self.close_ends = frozenset(m.end for m in self.marked)
        self.boundaries = sorted({o for f in document.furniture for o in (f.span.start, f.span.end)})
        self.cues = self._cues()
        self.cue_starts = [c.start for c in self.cues]
        self._clauses: dict[int, _Clause | None] = {}
        self._second_names: frozenset[str] | None = None
        self._stops: dict[int, int | None] = {}
        # ``.`` and line breaks are everywhere, the other stops rare: their offsets are listed
        # the first time a sentence is read, so looking back for a stop is two ``rfind`` and a
        # bisection, never a long scan
        self._rare_stops: list[int] | None = None
        # the sentences found so far: the range ``lo:hi`` of positions each answers for (sorted
        # by ``lo``) and its bounds
        self._sentence_starts: list[int] = []
        self._sentence_his: list[int] = []
        self._sentence_bounds: list[tuple[int, int]] = []

    # -- positions

    def in_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self.mark_starts, position) - 1
        return index >= 0 and position < self.mark_ends[index]

    def _read_stop(self, index: int) -> int | None:
        """If the stop character at *index* ends a sentence, the offset just after its run
        (remembered in ``_stops`` by :meth:`_read_sentence`)."""
        view = self.view
        char = view[index]
        mark_starts = self.mark_starts
        if char == "\n":
            quote = bisect.bisect_right(mark_starts, index) - 1
            return None if quote >= 0 and index < self.mark_ends[quote] else index + 1  # in_quote
        start = index
        while start > 0 and view[start - 1] in _STOPS:
            start -= 1
        end = index + 1
        length = len(view)
        while end < length and view[end] in _STOPS:
            end += 1
        quote = bisect.bisect_right(mark_starts, start) - 1
        if quote >= 0 and start < self.mark_ends[quote]:
            return None  # in_quote
        if end - start == 1 and char == ".":
            # the letters right before the dot, five at most: an abbreviation has four or fewer
            # (``M.``, ``Gén.``); five letters (most sentence ends) need no closer look, nor a
            # number's decimal point, which follows a digit
            if start < 5 or not view[start - 5 : start].isalpha():
                letters = start
                while letters > 0 and start - letters < 5 and view[letters - 1].isalpha():
                    letters -= 1
                word = view[letters:start]
                if 0 < len(word) <= 4 and (
                    fold(word) in self.patterns.lx.abbreviations or (len(word) == 1 and word.isupper())
                ):
                    return None
                if view[start - 1 : start].isdigit() and view[end : end + 1].isdigit():
                    return None  # 3.5
            following = view[end : end + 3].lstrip(' »”"\u2019)')
            if following[:1].islower():
                return None
        return end

    def sentence(self, position: int) -> tuple[int, int]:
        """Bounds of the sentence around *position*, without surrounding spaces. Stops inside
        quotation marks do not end a sentence; a line break and furniture always do."""
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index >= 0 and position < self._sentence_his[index]:
            return self._sentence_bounds[index]
        bounds, lo, hi = self._read_sentence(position)
        index = bisect.bisect_right(self._sentence_starts, lo)
        self._sentence_starts.insert(index, lo)
        self._sentence_his.insert(index, hi)
        self._sentence_bounds.insert(index, bounds)
        return bounds

    def _read_sentence(self, position: int) -> tuple[tuple[int, int], int, int]:
        """The sentence around *position*, and the range ``lo:hi`` of positions it answers for.

        Stop characters are looked for with ``str.find`` and ``str.rfind`` (a line break once
        per direction, until passed) and in the list of rare stops; whether one ends a sentence
        is read once per character (:meth:`_read_stop`)."""
        view = self.view
        boundaries = self.boundaries
        if boundaries:
            boundary = bisect.bisect_right(boundaries, position)
            floor = boundaries[boundary - 1] if boundary > 0 else 0
            ceiling = boundaries[boundary] if boundary < len(boundaries) else len(view)
        else:
            floor, ceiling = 0, len(view)
        # a sentence is read at most this far each way: text without sentence ends (one huge
        # line of abbreviations, say) then costs a bounded amount per position, not its length
        if floor < position - _SENTENCE_REACH:
            floor = position - _SENTENCE_REACH
        if ceiling > position + _SENTENCE_REACH:
            ceiling = position + _SENTENCE_REACH
        start = floor
        cursor = position
        rare = self._rare_stops
        if rare is None:
            rare = self._rare_stops = _offsets(view, "!?…")
        # what :meth:`_read_stop` said of each stop character so far (-1: not read yet, as an end
        # is never negative); most stops a sentence looks at are read for the first time
        stops = self._stops
        read_stop = self._read_stop
        # the last stop character before *cursor*: the last line break before it is looked for
        # only again once *cursor* has passed it (a paragraph holds many sentences)
        newline = view.rfind("\n", floor, cursor)
        while cursor > floor:
            if newline >= cursor:
                newline = view.rfind("\n", floor, cursor)
            index = view.rfind(".", floor if newline < floor else newline + 1, cursor)
            if index < newline:
                index = newline
            if rare:
                rare_index = bisect.bisect_left(rare, cursor) - 1
                if rare_index >= 0 and rare[rare_index] > index and rare[rare_index] >= floor:
                    index = rare[rare_index]
            if index < 0:
                break
            end = stops.get(index, -1)
            if end == -1:
                end = stops[index] = read_stop(index)
            if end is not None and end <= position:
                start = end
                break
            cursor = index
        end = ceiling
        lo = start
        cursor = position if position > start else start
        newline = view.find("\n", cursor, ceiling)  # likewise
        while cursor < ceiling:
            # the first stop character from *cursor* on
            if 0 <= newline < cursor:
                newline = view.find("\n", cursor, ceiling)
            index = view.find(".", cursor, ceiling if newline < 0 else newline)
            if index < 0:
                index = newline
            if rare:
                rare_index = bisect.bisect_left(rare, cursor)
                if rare_index < len(rare) and rare[rare_index] < ceiling and (index < 0 or rare[rare_index] < index):
                    index = rare[rare_index]
            if index < 0:
                break
            stop = stops.get(index, -1)
            if stop == -1:
                stop = stops[index] = read_stop(index)
            if stop is not None and stop > position:
                end = stop
                break
            cursor = index + 1
        hi = end
        while start < end and view[start].isspace():
            start += 1
        while end > start and view[end - 1].isspace():
            end -= 1
        return (start, end), lo, hi

    def previous_char(self, lo: int, position: int) -> int | None:
        """Offset of the last non-space character before *position* (not before *lo*)."""
        index = position - 1
        view = self.view
        while index >= lo and view[index].isspace():
            index -= 1
        return index if index >= lo else None

    def second_name(self, word: str) -> bool:
        """True when *word* follows a capitalised word or an honorific somewhere (``Lloyd
        Austin``): a one-word subject is read as a surname only then. The words are collected
        in one pass, the first time one is asked for."""
        if self._second_names is None:
            self._second_names = frozenset(m.group(1) for m in self.patterns.second_names.finditer(self.view))
        return word in self._second_names

    def mark_between(self, start: int, end: int) -> bool:
        """True when a quotation mark pair opens between *start* and *end*."""
        index = bisect.bisect_right(self.mark_starts, start)
        return index < len(self.marked) and self.marked[index].start < end

    # -- verbs and clauses

    def _outside_quotes(self) -> list[tuple[int, int]]:
        """The stretches of the view between quotation marks, each with the opening mark that
        ends it (``pos, endpos`` for a search): where verb groups are looked for.

        A verb inside marks is quoted, not reported (:meth:`in_quote`). Its letters cannot run
        into a mark, nor past the end of a quote without one (there the line ends), so no verb
        match crosses a stretch's edge; and as the stretch keeps the opening mark, a lookahead
        after a verb sees the same character as in the whole view."""
        stretches: list[tuple[int, int]] = []
        position = 0
        for marked in self.marked:
            stretches.append((position, marked.inner_start))
            position = marked.inner_end
        stretches.append((position, len(self.view)))
        return stretches

    def _cues(self) -> list[_Cue]:
        patterns = self.patterns
        view = self.view
        low = self.low
        forms = patterns.forms
        auxiliary_search = patterns.auxiliary.search
        auxiliaries = patterns.auxiliaries
        noun_markers = patterns.noun_markers
        verb_finditer = patterns.verb.finditer
        inversion_match = patterns.inversion.match
        cues: list[_Cue] = []
        for pos, endpos in self._outside_quotes():
            for match in verb_finditer(view, pos, endpos):
                # the pattern is a space, the verb and lookaheads: the verb is the match but its space
                start, end = match.span()
                start += 1
                verb = view[start:end]
                form = forms.get(verb)
                if form is None:  # a form of several words, spaced out (``fait  savoir``)
                    form = forms.get(" ".join(verb.split()))
                    if form is None:
                        continue
                participle, finite, quote_only = form
                cue: _Cue | None = None
                if participle:
                    previous = low[start - 9 if start > 9 else 0 : start - 1].rsplit(" ", 1)[-1]
                    aux_start = start - 1 - len(previous)
                    if previous in auxiliaries and not low[aux_start - 1 : aux_start].isalnum():
                        cue = _Cue(aux_start, end, None, False, quote_only)  # ``a dit``
                    else:
                        auxiliary = auxiliary_search(low, max(0, start - 60), start)
                        if auxiliary is not None:
                            pronoun = auxiliary.span("p1") if auxiliary.group("p1") else None
                            reflexive = auxiliary.group("refl") is not None
                            cue = _Cue(auxiliary.start(), end, pronoun, False, quote_only or reflexive)
                if cue is None and finite:
                    # an inversion opens with a hyphen (``a-t-il``, ``dit-il``): none to match without
                    inversion = inversion_match(view, end) if view.startswith("-", end) else None
                    if inversion is not None:
                        cue = _Cue(start, inversion.end(), inversion.span("p"), False, quote_only)
                    elif view[max(0, start - 12) : start - 1].rsplit(" ", 1)[-1].lower() not in noun_markers:
                        cue = _Cue(start, end, None, True, quote_only)  # not ``la demande``
                if cue is not None:
                    cues.append(cue)
        return cues

    def clause(self, index: int) -> _Clause | None:
        """The reporting clause of cue *index* with its speaker, or None when the verb group is
        not one (a bare present form with nobody saying it: ``l'annonce``)."""
        if index in self._clauses:
            return self._clauses[index]
        cue = self.cues[index]
        clause: _Clause | None
        if cue.pronoun is not None:
            clause = _Clause(cue.start, cue.end, cue.pronoun, True, cue.quote_only)
        else:
            clause = self._read_clause(cue)
            if clause is None and index > 0 and self.patterns.english and self._coordinated(index):
                # ``Stoltenberg welcomed the decision and said ...``: the subject of the verb before
                previous = self.clause(index - 1)
                if previous is not None and previous.speaker is not None:
                    clause = _Clause(cue.start, cue.end, previous.speaker, previous.pronoun, cue.quote_only)
        self._clauses[index] = clause
        return clause

    def _coordinated(self, index: int) -> bool:
        """True when verb group *index* is coordinated (``and said``) with the one before it, in
        the same sentence and with no quotation mark between them."""
        cue = self.cues[index]
        before = self.cues[index - 1]
        if self.low[max(0, cue.start - 5) : cue.start] != " and " or cue.start - before.end > 200:
            return False
        return self.sentence(before.start) == self.sentence(cue.start)

    def _read_clause(self, cue: _Cue) -> _Clause | None:
        patterns = self.patterns
        view = self.view
        sentence_start, sentence_end = self.sentence(cue.start)
        index = cue.start - 1  # :meth:`previous_char`, inlined
        while index >= sentence_start and view[index].isspace():
            index -= 1
        previous = index if index >= sentence_start else None
        incise = previous is not None and (view[previous] in _CLOSERS or previous + 1 in self.close_ends)
        comme = "l'" in view[max(sentence_start, cue.start - 6) : cue.start] and (
            patterns.comme.search(self.low, max(sentence_start, cue.start - 30), cue.start) is not None
        )
        speaker: tuple[int, int] | None = None
        is_pronoun = False
        if not comme and not (incise and self._after_quote(sentence_start, previous)):
            # ``Florence Parly, a annoncé`` and ``X, secrétaire général, a dit``
            generic = not cue.finite or patterns.english  # English bare forms are verbs (``said``)
            before = self._speaker_before(sentence_start, cue.start, incise, generic)
            if before is not None and not (incise and before[1]):
                speaker, is_pronoun = before
        if speaker is None and (incise or comme):
            speaker = _speaker_after(self.folded, self.low, cue.end, sentence_end, patterns)
        if speaker is None and cue.finite and not incise:
            return None  # a bare present form needs a speaker to be a verb (``l'annonce``)
        return _Clause(cue.start, cue.end, speaker, is_pronoun, cue.quote_only)

    def _after_quote(self, lo: int, previous: int | None) -> bool:
        """True when a comma before a verb comes right after a closing quotation mark: no
        subject can stand between them (``"...", a dit``)."""
        if previous is None:
            return False
        if self.view[previous] != ",":
            return True
        before = self.previous_char(lo, previous)
        return before is not None and (self.view[before] in '»”"' or before + 1 in self.close_ends)

    def _speaker_before(
        self, sentence_start: int, cue_start: int, incise: bool, generic: bool
    ) -> tuple[tuple[int, int], bool] | None:
        """The subject before a reporting verb (``M. Stoltenberg a souligné``, ``Il a rappelé``).

        Only the end of the sentence before the verb is read: a subject with an apposition and a
        title in front of its name spans three commas at most (``le ministre, X, qui ..., a``).
        A subject is not governed by a preposition (``une demande du Premier ministre X, a
        annoncé``), and before a comma (*incise*) it ends with an apposition closed by that comma
        (``X, ministre des Armées, a dit``; ``le ministre, X, a dit``; ``le commandant, le général
        X, a dit``), never with a bare name. Any noun phrase opening the sentence is a subject
        too (``Le ministère irakien des Affaires étrangères a salué``) when *generic*: not before
        a bare present form, often no reporting verb at all (``La coalition assure la formation``).
        """
        patterns = self.patterns
        lx = patterns.lx
        view = self.view
        folded = self.folded
        lo = max(sentence_start, cue_start - 200)
        for separator in ":;":
            found = view.rfind(separator, lo, cue_start) + 1
            if found > lo:
                lo = found
        # the window opens after the third comma before the verb, if any; *commas* counts
        # those found (three at most), which leaves ``min(commas, 2)`` commas in the window
        last_comma = cut = view.rfind(",", lo, cue_start)
        commas = 0
        while cut >= 0:
            commas += 1
            if commas == 3:
                lo = cut + 1
                break
            cut = view.rfind(",", lo, cut)
        # A pronoun subject and a body subject (index 3) hold no comma and are followed by
        # adverbs only: both lie after the last comma, so they are looked for from there (the
        # same matches: no match of their patterns can hold the comma, whence none straddles it)
        after_comma = last_comma + 1 if patterns.comma_free and last_comma >= 0 else lo
        match = patterns.pronoun_before.search(self.low, after_comma, cue_start)
        if match is not None:
            return match.span("sp"), True
        # Patterns whose every match the checks below would reject are not searched: before a
        # comma (*incise*), a body is never the subject and a name needs two commas after it
        few_commas = incise and commas < 2
        for index, pattern in enumerate(patterns.after):
            if incise and (index == 3 or (index != 1 and few_commas)):
                continue
            if index == 1 and not _may_hold_title(self.low, lo, cue_start, patterns):
                continue
            gap = patterns.before[index]
            match = None
            if index == 2 and lo > 0:  # the same matches, found faster (see ``name_search``)
                candidates = patterns.name_search.finditer(folded, lo - 1, cue_start)
            else:
                candidates = pattern.finditer(folded, after_comma if index == 3 else lo, cue_start)
            for candidate in candidates:
                if gap.fullmatch(folded, candidate.end(), cue_start):
                    match = candidate
                    break
            if match is None:
                continue
            start, end = match.span("sp")
            if _governed(view, lo, start, lx):
                continue
            if index == 1 and match.group("rname") is None and "," in view[end:cue_start]:
                continue  # ``le secrétaire général de l'OTAN, a dit`` is not French: the title is an object
            if incise and (
                index == 3
                or (
                    index == 1
                    and "," not in view[start : match.start("rname")]
                    and not view[lo:start].rstrip().endswith(",")
                )
                or (index in (0, 2) and view[end:cue_start].count(",") < 2)
            ):
                continue
            if index == 2:
                end = _trim_name(folded, start, end, lx)
                if not _plausible_name(folded, start, end, lx) or end != match.end("sp"):
                    continue
                word = view[start:end]
                # a capitalised first word of a sentence is too weak alone; English puts a
                # surname right before its verb (``Stoltenberg said``)
                if " " not in word and not self.second_name(word) and not (patterns.english and end == cue_start - 1):
                    continue
            if index == 3 and not _body_ok(folded, start, end, lx):
                continue
            return (start, end), False
        # a subject without a name or a known title opening the sentence: ``Le ministère irakien
        # des Affaires étrangères a salué``, ``Un haut diplomate allié a déclaré``
        if generic and lo == sentence_start:
            match = patterns.generic_before.match(folded, sentence_start, cue_start)
            if match is not None and not view[match.end() : cue_start].strip():
                return (sentence_start, _trim_end(view, match.end(), sentence_start)), False
        if generic and patterns.english:
            # ``"...," a senior NATO official said``, ``In a statement, the ministry said``: the
            # subject opens right after the quote or the comma
            closer = max(view.rfind(c, max(lo, cue_start - 80), cue_start) for c in "\"”',")
            start = closer + 1
            while start < cue_start and view[start] == " ":
                start += 1
            if closer >= 0 and start > closer + 1 and start < cue_start:
                match = patterns.generic_before.match(folded, start, cue_start)
                if match is not None and not view[match.end() : cue_start].strip():
                    return (start, _trim_end(view, match.end(), start)), False
        return None


# --- speakers ----------------------------------------------------------------------------------


def _plausible_name(view: str, start: int, end: int, lx: lex.PeopleLexicon) -> bool:
    words = view[start:end].split()
    folded = fold(view[start:end])
    if folded in lx.not_people or folded in lx.countries or folded in lx.nationalities:
        return False
    if len(words) != 1:
        return True
    return not (fold(words[0]) in lx.non_name_words or (len(words[0]) <= 5 and words[0].isupper()))


def _trim_name(view: str, start: int, end: int, lx: lex.PeopleLexicon) -> int:
    """Cut a name run before a word that cannot be part of a name (``Stoltenberg Mardi``); a
    particle inside a name stays (``Jaap de Hoop Scheffer``, ``Jean-Yves Le Drian``)."""
    position = start
    offset = start
    pieces = view[start:end].split(" ")
    for index, piece in enumerate(pieces):
        if piece:
            word = fold(piece)
            inner = word in lx.capitalised_particles and index + 1 < len(pieces)
            if (
                position > start
                and piece[0].isupper()
                and not inner
                and (word in lx.non_name_words or word in lx.countries or word in lx.not_people)
            ):
                break
            if (piece[0].isupper() or "-" in piece) and not inner:
                position = offset + len(piece)
        offset += len(piece) + 1
    return position


def _may_hold_title(low: str, lo: int, hi: int, patterns: _Patterns) -> bool:
    """False when ``low[lo:hi]`` holds no title word, so the title phrase pattern (searched
    case-insensitively on the folded view) cannot match there: most text before a verb holds
    none, and this plain search costs a fraction of that pattern's. *low* is the folded view
    lower-cased, except for the two letters that ignore-case matching also takes for an ASCII
    letter (dotless ``ı`` for ``i``, long ``ſ`` for ``s``): a window with one is searched anyway.

    In a title phrase the title word follows a space or the lookbehind ``(?<![\\w-])``, so on
    *low* it follows a character that is not a lower-case ASCII letter (a letter of the folded
    view is still a letter there), or opens the text. The pattern consumes that character:
    opening with a character class, it is tried only where one stands, not at every letter."""
    titles = patterns.titles
    if titles is None or titles.search(low, lo - 1 if lo > 0 else 0, hi) is not None:
        return True
    if lo == 0 and titles.match(" " + low[:hi]) is not None:
        return True  # a title word opening the text
    window = low[lo:hi]
    return "ı" in window or "ſ" in window


def _governed(view: str, lo: int, start: int, lx: lex.PeopleLexicon) -> bool:
    """True when the word before *start* is a preposition or a determiner: what follows it is a
    complement, not a subject."""
    before = view[max(lo, start - 20) : start].rstrip(" ")
    word = before.rsplit(" ", 1)[-1].lower()
    return word in lx.subject_blockers


def _speaker_after(view: str, low: str, position: int, limit: int, patterns: _Patterns) -> tuple[int, int] | None:
    """The inverted speaker after a reporting verb (``a dit Jens Stoltenberg``)."""
    lx = patterns.lx
    skip = patterns.skip.match(low, position, limit)
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
                name_end = _trim_name(view, match.start("rname"), match.end("rname"), lx)
                if _plausible_name(view, match.start("rname"), name_end, lx):
                    return start, name_end
                return start, _role_end(view, match)
            if view.startswith(",", end):  # ``le commandant de la mission, le général X``
                apposition = pattern.match(view, end + 1 + (view[end + 1 : end + 2] == " "), limit)
                if apposition is not None and apposition.group("rname") is not None:
                    name_end = _trim_name(view, apposition.start("rname"), apposition.end("rname"), lx)
                    if _plausible_name(view, apposition.start("rname"), name_end, lx):
                        return start, name_end
            return start, end
        if index == 2:
            end = _trim_name(view, start, end, lx)
            if not _plausible_name(view, start, end, lx):
                continue
        if index == 3 and not _body_ok(view, start, end, lx):
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


def _body_ok(view: str, start: int, end: int, lx: lex.PeopleLexicon) -> bool:
    """A body as speaker: a known organisation or country, or any capitalised noun after an article."""
    folded = fold(view[start:end])
    core = folded.split("'", 1)[-1] if "'" in folded[:3] else folded.split(" ", 1)[-1]
    if core in lx.organisations or core in lx.countries or folded in lx.organisations:
        return True
    return core not in lx.non_name_words or core in ("alliance", "otan", "coalition", "onu", "nato", "un")


# --- quotes ------------------------------------------------------------------------------------

_Attribution = tuple[_Clause, tuple[int, int] | None, bool]


def _clause_after(analysis: _Analysis, quote: _Marked, limit: int) -> _Attribution | None:
    """The first incise reporting clause after a quote, in the rest of its sentence, or a
    ``selon X`` right after it."""
    view = analysis.view
    patterns = analysis.patterns
    position = quote.end
    selon = patterns.preposition_after.match(analysis.low, position)
    if selon is not None:
        speaker = _speaker_after(analysis.folded, analysis.low, selon.end(), limit, patterns)
        if speaker is not None:
            return _Clause(selon.start("word"), selon.end("word"), speaker, False), speaker, False
    index = bisect.bisect_left(analysis.cue_starts, position)
    limit = min(limit, position + _REACH)
    while index < len(analysis.cue_starts) and analysis.cue_starts[index] < limit:
        clause = analysis.clause(index)
        index += 1
        if clause is None:
            continue
        previous = clause.cue_start - 1  # :meth:`_Analysis.previous_char`, inlined (-1: none)
        while previous >= position and view[previous].isspace():
            previous -= 1
        if patterns.english:
            speaker = clause.speaker
            if speaker is not None and speaker[0] >= position and not view[position : speaker[0]].strip():
                return clause, speaker, clause.pronoun  # ``"...," Stoltenberg said``
            if previous < position or view[previous] in _CLOSERS or previous + 1 in analysis.close_ends:
                return clause, speaker, clause.pronoun  # ``"...," said Stoltenberg``
            continue
        if clause.pronoun or previous < position or view[previous] in _CLOSERS or previous + 1 in analysis.close_ends:
            return clause, clause.speaker, clause.pronoun
    return None


def _clause_before(analysis: _Analysis, lo: int, quote: _Marked, fragment: bool) -> _Attribution | None:
    """The last reporting clause with a speaker before a quote in its sentence, or ``selon X`` /
    ``pour X,``. A verb that quotes its object, or any verb before a *fragment*, attributes it
    only from close by: far from its verb, a quoted word is the reporter's (``..., a-t-il déclaré
    à l'issue d'une réunion [...] pourtant annoncée comme "cruciale"``)."""
    position = quote.start
    view = analysis.view
    best: _Attribution | None = None
    lo = max(lo, position - _REACH)
    index = bisect.bisect_left(analysis.cue_starts, position) - 1
    while index >= 0 and analysis.cue_starts[index] >= lo:
        cue = analysis.cues[index]
        if (cue.quote_only or fragment) and position - cue.end > _OBJECT_REACH:
            index -= 1
            continue  # too far to attribute: not worth reading its speaker
        clause = analysis.clause(index)
        index -= 1
        if clause is None or clause.speaker is None:
            continue
        if clause.quote_only and (
            analysis.mark_between(clause.cue_end, position)
            or any(c in view[clause.cue_end : position] for c in ".;:!?")
        ):
            continue
        best = (clause, clause.speaker, clause.pronoun)
        break
    patterns = analysis.patterns
    low = analysis.low
    # the pattern opens with a lookbehind, tried at every position: it is searched from the
    # first place where one of its words starts, if any (the lookbehind still sees before it)
    first = position
    for word in patterns.preposition_heads:
        found = low.find(word, lo, position)
        if 0 <= found < first:
            first = found
    if first == position:
        return best
    for match in patterns.preposition.finditer(low, first, position):
        word = fold(match.group("word"))
        speaker = _speaker_after(analysis.folded, analysis.low, match.end(), position, patterns)
        if speaker is None:
            continue
        # ``pour`` inside a sentence is mostly a purpose: only ``pour X, « ... »``
        if (
            word in patterns.lx.sentence_initial_attributions
            and match.start() != lo
            and view[speaker[1] : position].strip() != ","
        ):
            continue
        if best is None or match.start() > best[0].cue_start:
            prepositional = _Clause(match.start(), match.end(), speaker, False)
            best = (prepositional, speaker, False)
    return best


def _paragraph_floor(view: str, position: int) -> int:
    """Start of the paragraph before the one holding *position* (a continued statement may be
    attributed there)."""
    lo = max(0, position - _SENTENCE_REACH)
    start = view.rfind("\n", lo, position)
    if start < 0:
        return lo
    index = start
    while index > lo and view[index - 1] in " \n":
        index -= 1
    previous = view.rfind("\n", lo, index)
    return max(lo, previous + 1)


def _continued(analysis: _Analysis, quote: _Marked, last: "tuple[int, _Attribution] | None") -> _Attribution | None:
    """The attribution a quote with no clause of its own continues: the latest attributed quote
    or reporting clause with a speaker before it, in its paragraph or the one before."""
    floor = _paragraph_floor(analysis.view, quote.start)
    best = last if last is not None and last[0] >= floor else None
    index = bisect.bisect_left(analysis.cue_starts, quote.start) - 1
    lowest = index - 50  # read at most this many verb groups back
    while lowest < index and index >= 0 and analysis.cue_starts[index] >= floor:
        if best is not None and analysis.cue_starts[index] <= best[0]:
            break
        clause = analysis.clause(index)
        index -= 1
        if clause is not None and clause.speaker is not None and not clause.quote_only:
            best = (clause.cue_start, (clause, clause.speaker, clause.pronoun))
            break
    return None if best is None else best[1]


#: The analysis of a document by :func:`find`, kept for :func:`find_reports` (the resolver calls
#: both, in that order) however many documents are read in between, and dropped by
#: :func:`find_reports`, so a corpus does not hold its analyses. An entry never outlives its
#: document (it holds only a weak reference to it, whose callback drops the entry).
#:
#: Keyed by the document's identity, not by the document: a frozen attrs document hashes all its
#: fields (text, furniture, date) on every look-up, which cost more than the look-up saves. An
#: equal but distinct document gets an analysis of its own, which gives the same results.
_ANALYSES: "dict[int, tuple[weakref.ref[Document], _Analysis]]" = {}


def _forget(key: int) -> "Callable[[weakref.ref[Document]], None]":
    """The callback of the weak reference of entry *key*: drop the entry when its document goes
    (unless the key now belongs to another document's entry)."""

    def forget(reference: "weakref.ref[Document]") -> None:
        entry = _ANALYSES.get(key)
        if entry is not None and entry[0] is reference:
            _ANALYSES.pop(key, None)

    return forget


def _analyse(document: Document) -> _Analysis:
    key = id(document)
    entry = _ANALYSES.get(key)
    if entry is not None and entry[0]() is document:
        return entry[1]
    analysis = _Analysis(document)
    _ANALYSES[key] = (weakref.ref(document, _forget(key)), analysis)
    return analysis


def _take(document: Document) -> _Analysis:
    """The analysis of *document* made by :func:`find`, removed from the cache, or a new one."""
    entry = _ANALYSES.pop(id(document), None)
    if entry is not None and entry[0]() is document:
        return entry[1]
    return _Analysis(document)  # an entry of the same key was a dead document's: dropped too


def find(document: Document) -> tuple[QuoteMention, ...]:
    """Direct quotes in *document*, in text order, each with its attribution when found."""
    analysis = _analyse(document)
    view = analysis.view
    patterns = analysis.patterns
    sentence, span = analysis.sentence, _span_maker(document)
    result: list[QuoteMention] = []
    last: tuple[int, _Attribution] | None = None
    tokens_pattern = _latin1_tokens() if analysis.marked and _is_latin1(view) else patterns.tokens
    for quote in analysis.marked:
        kind = _kind(view, quote, patterns, tokens_pattern)
        if kind == _NAME:
            continue
        sentence_start, sentence_end = sentence(quote.start)
        if quote.end - 1 > quote.start:
            sentence_end = sentence(quote.end - 1)[1]
        attribution = _clause_after(analysis, quote, sentence_end)
        if attribution is None:
            attribution = _clause_before(analysis, sentence_start, quote, kind == _FRAGMENT)
        if attribution is None:
            if kind == _FRAGMENT:
                continue
            attribution = _continued(analysis, quote, last)
        elif attribution[1] is not None:
            last = (max(attribution[0].cue_start, quote.start), attribution)
        inner_start, inner_end = quote.inner_start, quote.inner_end
        while inner_start < inner_end and view[inner_start].isspace():
            inner_start += 1
        inner_end = _trim_end(view, inner_end, inner_start)
        speaker = cue = None
        pronoun = False
        if attribution is not None:
            cue = span(attribution[0].cue_start, attribution[0].cue_end)
            if attribution[1] is not None:
                speaker = span(*attribution[1])
            pronoun = attribution[2]
        result.append(
            QuoteMention(
                span=span(inner_start, inner_end),
                marked=span(quote.start, quote.end),
                speaker_span=speaker,
                pronoun=pronoun,
                cue=cue,
            )
        )
    return tuple(result)


def find_reports(document: Document) -> tuple[ReportMention, ...]:
    """Reporting clauses with a speaker (``a annoncé jeudi le secrétaire général``), in text
    order; none in the document's title."""
    analysis = _take(document)
    title = document.title
    title_start, title_end = (title.start, title.end) if title is not None else (0, 0)
    clause_of, sentence, span = analysis.clause, analysis.sentence, _span_maker(document)
    result: list[ReportMention] = []
    for index, cue in enumerate(analysis.cues):
        if cue.quote_only or title_start <= cue.start < title_end:
            continue
        clause = clause_of(index)
        if clause is None or clause.speaker is None:
            continue
        start, end = sentence(clause.cue_start)
        result.append(
            ReportMention(
                cue=span(clause.cue_start, clause.cue_end),
                sentence=span(start, end),
                speaker_span=span(*clause.speaker),
                pronoun=clause.pronoun,
            )
        )
    return tuple(result)
