"""People in a French or English text: names, honorifics, titles and the roles they state.

What counts as a person mention, and why:

* a name after an honorific (``M. Stoltenberg``, ``Mme Parly``, ``M.Stoltenberg``, ``M. de Hoop
  Scheffer`` -- lower-case particles may open the name after an honorific);
* a name after a title or rank, with or without a comma (``le secrétaire général de l'OTAN, Jens
  Stoltenberg``; ``le Premier ministre irakien Moustafa al-Kazimi``; ``le général de brigade
  Pierfranco Tria``; ``la major-générale Jennie Carignan``), the title becoming the mention's
  :class:`RoleMention`. Adjectives may sit between the article and the title (``le nouveau
  secrétaire général``; ``l'ancien ministre`` keeps ``ancien`` in its title and gets no office
  key) and between the title and the name (``le Premier ministre démissionnaire, Adel
  Abdel-Mahdi``); a title may carry a chain of complements (``la présidente de la commission de
  la Défense de la Chambre``);
* a title in apposition after a name (``Jens Stoltenberg, secrétaire général de l'OTAN,``), or a
  title followed by a rank and a name (``le président du Comité militaire de l'OTAN, l'amiral Rob
  Bauer``). When the name already carries a title (a rank before it), the other title is a
  *second* role: it is returned as a second :class:`PersonMention` with the same ``name`` and
  ``name_span`` whose ``span`` is that title itself, so mentions never overlap and every role
  keeps its evidence. An apposition naming a national service (``Jennie Carignan, de l'armée
  canadienne``) gives the role its country;
* a bare capitalised name (``a dit Jens Stoltenberg``) only when it looks like a person: its first
  word is a known given name, or the same name carries an honorific or title elsewhere in the
  text, or a reporting verb is right next to it. A leading nationality noun is not part of the
  name (``Le Néerlandais Mark Rutte``). Capitalised sequences such as ``Conseil de l'Atlantique
  Nord`` or ``Resolute Support`` have none of these and are left alone;
* a surname alone (``Stoltenberg``) when a fuller mention of the same person is in the text;
* a definite title used as a reference (``Le secrétaire général a indiqué``) with ``name=None``.

``span`` covers the honorific and the name (``M. Haïdar al-Abadi``), or the name alone, or, for a
bare title, the article and the title (``Le secrétaire général``); ``role.span`` covers the title
phrase with its complements (``secrétaire général de l'OTAN``) without the article.

English (``document.language == "en"``) reads the same facts with the tables of
:data:`~nato_iraq.extract.lexicon.people.ENGLISH` and its own title phrase, where modifiers come
*before* the title: ``NATO Secretary General Jens Stoltenberg``, ``Iraqi Prime Minister``,
``U.S. Defense Secretary`` (department before the title), ``NATO's secretary general``
(possessive: a definite reference), ``the former Defense Secretary``; complements after it open
with ``of``, ``for`` or ``to`` (``Secretary of Defense``, ``chair of the NATO Military
Committee``, ``ambassador to NATO``). Ranks are capitalised and abbreviated (``Lt. Gen.``,
``Maj.-Gen.``, ``Rear Adm.``); an abbreviation's ``title`` is the rank in full (``lieutenant
general``). Ranks that are also common words (``General``, ``Major``) count only capitalised and
before a name. A possessive ``'s`` is not part of a name, and a one-word name is read before an
apposition closed by a comma or a stop (``Stoltenberg, NATO's secretary general,``). Office keys
are the same in both languages: English titles map to the same concept keys as French ones.

Speed: the text is scanned three times -- honorifics and capitalised runs of two words or more
in one scan of :func:`~nato_iraq.extract._text.view` (case matters for names), title heads after
a space and after an apostrophe on its accent-folded lower-case copy (:func:`_lower`, one byte
translation) -- each pattern opening with a character or a class that the regex engine finds in
C. Everything else is anchored matching at the few places those scans found, and a surname alone
is found by string search for the surnames of the names already found. Lexicon tables are
folded, so the patterns built from them are plain tries, cheap to compile. What depends on a
name's or a title's own words only (trimming a run to a name, whether it is plausible, its
surname forms, a title's lexicon keys) is worked out once per distinct string and cached, since
the same names and titles come back through a text and from one text to the next.
"""

import functools
import itertools
import re
import sys
from collections.abc import Iterable
from typing import NamedTuple

import attrs

from ..document import Document
from ..span import Span
from . import _text
from .lexicon import fold as _fold_uncached
from .lexicon import people as lex
from .mentions import PersonMention, RoleMention

__all__ = ["find"]

#: Words repeat: fold each distinct one once.
_fold_cached = functools.lru_cache(maxsize=1 << 16)(_fold_uncached)


def fold(text: str) -> str:
    """:func:`nato_iraq.extract.lexicon.fold`; an ASCII word only needs lower-casing."""
    return text.lower() if text.isascii() else _fold_cached(text)


_UPPER = "A-ZÀ-ÖØ-ÞŒŁŠŽČŘŞĞİŚŻ"
_LETTER = r"[^\W\d_]"
#: Possessive quantifiers (never give back) where the regex engine has them (Python 3.11+). What
#: may follow a word's letters in every pattern here is a space, a hyphen, an apostrophe, a
#: comma or the pattern's end, never a letter, so giving letters back can never lead to a match:
#: possessive repeats find the same matches, without retrying every shorter prefix of each
#: capitalised word that is not followed by a name.
_POSSESSIVE = "+" if sys.version_info >= (3, 11) else ""
_TAIL = rf"{_LETTER}*{_POSSESSIVE}(?:['-]{_LETTER}+){{0,4}}{_POSSESSIVE}"
#: English: a possessive ``'s`` ends a name (``Stoltenberg's``); ``O'Brien`` stays one word.
_TAIL_EN = rf"{_LETTER}*{_POSSESSIVE}(?:(?:-|'(?!s(?![\w'-])))" + rf"{_LETTER}+){{0,4}}{_POSSESSIVE}"
#: A capitalised word; an elided article (``L'Otan``, ``D'autres``, ``Qu'il``) is not one,
#: ``O'Brien`` is. The class comes first so that a search skips non-capitals quickly. Each
#: branch of the elision test opens with the literal it needs after the capital (``'``, ``u'``,
#: ...) and only then looks back at the capital: the engine skips a branch whose first literal
#: is absent without running it, and most capitals are followed by a plain letter.
_ELISION = r"(?!'(?<=[A-NP-Z]')|u'(?<=Qu')|usqu'(?<=Jusqu')|orsqu'(?<=Lorsqu')|uisqu'(?<=Puisqu'))"
_CAPTOK = rf"[{_UPPER}]{_ELISION}{_TAIL}"
_INITIAL = rf"[{_UPPER}]\.(?:-[{_UPPER}]\.)?"
#: A pattern that never matches: a grammar part a language does not have.
_NEVER = re.compile(r"(?!)")


def _words(words: "Iterable[str]") -> str:
    """A trie of folded lower-case *words* (a space matches one to three spaces)."""
    return _text.alternation(sorted(words))


def _widest(words: "Iterable[str]") -> int:
    """How many characters the longest match of :func:`_words` of *words* can cover."""
    return max(len(word) + 2 * word.count(" ") for word in words)


@attrs.frozen
class _Patterns:
    lx: lex.PeopleLexicon
    english: bool
    heads: "tuple[re.Pattern[str], ...]"
    det: "re.Pattern[str]"
    det_reach: int
    """How far before a title :attr:`det` is looked for: no match can be longer."""
    modifier: "re.Pattern[str]"
    complement: "re.Pattern[str]"
    complement_initials: str
    other: "re.Pattern[str]"
    chain_dept: "re.Pattern[str]"
    place: "re.Pattern[str]"
    place_initials: "tuple[str, ...]"
    name: "re.Pattern[str]"
    honorific_name: "re.Pattern[str]"
    capitals: "re.Pattern[str]"
    link: "re.Pattern[str]"
    comma: "re.Pattern[str]"
    service: "re.Pattern[str]"
    cue_before: "re.Pattern[str]"
    cue_after: "re.Pattern[str]"
    institution: "re.Pattern[str]"
    list_next: "re.Pattern[str]"
    words: "re.Pattern[str]"
    appositive_name: "re.Pattern[str] | None" = None
    det_fence: "re.Pattern[str] | None" = None
    """Where :attr:`det` may start at the earliest: after the last character none of its words
    has (a comma, a digit, a quote). English only: its article phrase may take up to
    :attr:`det_reach` characters, tried one start after the other, and a fence is most often much
    closer than that; a French one is short, and a search for the fence would cost as much as
    it saves."""


@functools.cache
def _patterns(language: str = "fr") -> _Patterns:
    """Patterns of *language* on *low* (the view folded and lower-cased: lexicon words, no flags
    needed) and on the view itself (names, where case matters). French and English share the
    name patterns; the title phrase differs (``le secrétaire général de l'OTAN`` / ``NATO
    Secretary General``, ``U.S. Defense Secretary``), and so do reporting clauses."""
    lx = lex.LEXICONS.get(language, lex.FRENCH)
    english = lx is lex.ENGLISH
    titles = list(lx.titles) + list(lx.ranks)
    nationalities = _words(set(lx.nationalities))
    departments = _words(set(lx.departments))
    qualifiers = _words(lx.title_qualifiers)
    orgs = _words({k[2:] if k.startswith("l'") else k for k in lx.organisations})
    countries = _words(set(lx.countries))
    prefixes = _text.alternation(lx.name_prefixes)
    particles = _text.alternation(lx.name_particles)
    tail = _TAIL_EN if english else _TAIL
    captok = rf"[{_UPPER}]{_ELISION}{tail}"
    prefixed = rf"(?:(?i:{prefixes})-)?{captok}"
    name = rf"{prefixed}(?: (?:(?:{particles}) ){{0,2}}(?:{_INITIAL} )?{prefixed}){{0,4}}"
    honorifics = "|".join(re.escape(h) for h in sorted(lx.honorifics, key=len, reverse=True))
    verbs = _words({fold(f) for forms in lx.reporting_verbs.values() for group in forms for f in group})
    auxiliaries = "|".join(lx.auxiliaries)
    adverbs = _words(lx.report_adverbs)
    common = {
        "lx": lx,
        "english": english,
        "name": re.compile(name),
        "honorific_name": re.compile(rf"(?:(?:{particles}) {{1,2}}){{0,2}}{name}"),
        # honorifics, and capitalised runs of two words or more (``Jens Stoltenberg``), in one
        # scan: both open with a capital. One-word names are looked for later, as strings.
        "capitals": re.compile(
            rf"[{_UPPER}](?<![\w'.-].)(?:(?P<hon>{_honorific_tails(lx)})(?P<space> {{0,2}})"
            rf"(?=(?:(?i:{prefixes})-)?[{_UPPER}]|(?:{particles}) {{1,2}}(?:(?:{particles}) {{1,2}})?[{_UPPER}])"
            rf"|{_ELISION}{tail}"
            rf"(?: (?:(?:{particles}) ){{0,2}}(?:{_INITIAL} )?{prefixed}){{1,4}})"
        ),
        "link": re.compile(rf"(?:, {{0,2}}| {{1,2}})(?:(?P<hon>{honorifics}) {{0,2}})?"),
        "comma": re.compile(r", {0,2}"),
        "service": re.compile(
            rf", {{0,2}}(?:{_words(lx.national_services)}) {{1,3}}(?P<nat>{nationalities})(?![\w'-])"
        ),
        "institution": re.compile(rf"(?<![\w-])(?:{_words(lx.institution_heads)})(?![\w-])"),
        "words": re.compile(r"(?<![\w'-])[\w'-]+"),
    }
    if english:
        return _english_patterns(lx, common, titles, nationalities, departments, orgs, countries, verbs, adverbs)
    prep = r"(?:de {1,3}la {1,3}|de {1,3}l'|du {1,3}|des {1,3}|de {1,3}|d')"
    return _Patterns(
        # A literal first character is found by a fast string search, where a character class
        # would be tested at every position: titles after a space, and the few that open with
        # a vowel after an elided article (``l'amiral``).
        heads=(
            re.compile(rf" (?P<head>{_words(titles)})(?![\w-])"),
            re.compile(rf"'(?P<head>{_words([t for t in titles if t[0] in 'aeiouh'])})(?![\w-])"),
        ),
        det=re.compile(
            r"(?<![\w'-])(?P<det>(?:de|a) {1,3}la {1,3}|(?:de|a) {1,3}l'|le {1,3}|la {1,3}|du {1,3}"
            rf"|au {{1,3}}|l')(?:(?P<pre>{_words(set(lx.pre_title_qualifiers))}) {{1,3}})?\Z"
        ),
        # the longest article phrase: ``de   la   `` and the longest qualifier with its spaces
        det_reach=min(40, 10 + _widest(lx.pre_title_qualifiers) + 3),
        modifier=re.compile(
            rf" {{1,3}}(?:(?P<nat>{nationalities})|(?P<dept>{departments})|(?P<qual>{qualifiers}))(?![\w'-])"
        ),
        complement=re.compile(
            rf" {{1,3}}{prep}(?:(?P<unit>{_words(lx.role_units)})(?: {{1,3}}(?:{nationalities}))?"
            rf"(?= {{1,3}}(?:de|du|des|d')(?![\w-]))|(?P<org>{orgs})|(?P<cty>{countries}))(?![\w'-])"
        ),
        complement_initials="d",
        other=re.compile(
            rf" {{1,3}}{prep}(?P<other>{_CAPTOK}(?: {_CAPTOK}){{0,2}}"
            r"(?: [a-zà-ÿ]+(?:enne|ien|ienne|ais|aise|ale|ique|aire|ain|aine))?)(?![\w'-])"
        ),
        chain_dept=re.compile(rf" {{1,3}}(?:{departments})(?![\w'-])"),
        place=re.compile(rf" {{1,3}}(?:en|au) {{1,3}}(?P<place>{countries})(?![\w'-])"),
        place_initials=(" en ", " au "),
        cue_before=re.compile(
            rf"(?:(?<![\w'-])(?:{auxiliaries})(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}(?:{verbs})"
            rf"|(?<![\w'-])(?:selon|d'apres))(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}\Z"
        ),
        cue_after=re.compile(
            rf"(?: {{0,2}},)? {{1,2}}(?:{auxiliaries})(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}(?:{verbs})(?![\w-])"
        ),
        list_next=re.compile(r" {1,2}(?:et|ou) "),
        **common,  # type: ignore[arg-type]
    )


def _fence(words: "Iterable[str]") -> "re.Pattern[str]":
    """The last character that no word of *words* has, nor a space, up to the end of the searched
    range: a phrase made of those words cannot run across it. From a fence to the next, the
    search reads each character once."""
    inside = re.escape("".join(sorted(set("".join(words)) | {" "})))
    return re.compile(rf"[^{inside}][{inside}]*{_POSSESSIVE}\Z")


def _english_patterns(
    lx: lex.PeopleLexicon,
    common: "dict[str, object]",
    titles: "list[str]",
    nationalities: str,
    departments: str,
    orgs: str,
    countries: str,
    verbs: str,
    adverbs: str,
) -> _Patterns:
    """English title phrases: modifiers come before the title (``the new NATO Secretary
    General``, ``Iraqi Prime Minister``, ``U.S. Defense Secretary``, ``NATO's secretary
    general``), complements after it open with ``of``, ``for`` or ``to`` (``Secretary of
    Defense``, ``chair of the NATO Military Committee``, ``ambassador to NATO``)."""
    heads = _words(titles)
    captok = rf"[{_UPPER}]{_TAIL_EN}"
    org_or_country = rf"(?:(?P<org>{orgs})|(?P<cty>{countries}))(?:'s?)?|(?P<nat>{nationalities})"
    auxiliaries = _words(lx.auxiliaries)
    attributions = _words(lx.attribution_prepositions)
    return _Patterns(
        heads=(
            re.compile(rf" (?P<head>{heads})(?![\w-])"),
            re.compile(rf"\n(?P<head>{heads})(?![\w-])"),
        ),
        det=re.compile(
            rf"(?<![\w'.-])(?:(?P<det>the) {{1,3}})?"
            rf"(?:(?P<pre>{_words(set(lx.pre_title_qualifiers))})(?: {{1,3}}|(?<=-)))?"
            rf"(?:(?:{org_or_country}) {{1,3}})?"
            rf"(?:(?P<nat2>{nationalities}) {{1,3}})?"
            rf"(?:(?P<dept>{_words(set(lx.pre_departments))}) {{1,3}})?\Z"
        ),
        det_reach=60,
        det_fence=_fence(
            itertools.chain(
                ["the", "'s"],
                lx.pre_title_qualifiers,
                lx.organisations,
                lx.countries,
                lx.nationalities,
                lx.pre_departments,
            )
        ),
        modifier=re.compile(rf"(?: {{1,3}}|-)(?P<qual>{_words(lx.title_qualifiers)})(?![\w'-])"),
        complement=re.compile(
            rf" {{1,3}}(?P<prep>of|for|to) {{1,3}}(?P<the>the {{1,3}})?(?:(?P<org2>{orgs})(?:'s)? {{1,3}})?"
            rf"(?:(?P<dept>{departments})|(?P<unit>{_words(lx.role_units)})|(?P<org>{orgs})|(?P<cty>{countries}))"
            r"(?![\w'-])"
        ),
        complement_initials="oft",
        other=re.compile(
            rf" {{1,3}}(?:of|for) {{1,3}}(?:the {{1,3}})?(?P<other>{captok}(?: {captok}){{0,3}})(?![\w'-])"
        ),
        chain_dept=_NEVER,
        place=re.compile(rf" {{1,3}}in {{1,3}}(?P<place>{countries})(?![\w'-])"),
        place_initials=(" in ",),
        cue_before=re.compile(
            rf"(?<![\w'-])(?:(?:{verbs})|(?:{attributions}))(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}\Z"
        ),
        cue_after=re.compile(
            rf"(?: {{0,2}},)?(?: {{1,2}}(?:{auxiliaries}))?(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}(?:{verbs})(?![\w-])"
        ),
        list_next=re.compile(r" {1,2}(?:and|or) "),
        appositive_name=re.compile(rf"(?<![\w'.-])(?P<n>(?:(?i:{_words(lx.name_prefixes)})-)?{captok}), {{0,2}}\Z"),
        **common,  # type: ignore[arg-type]
    )


def _honorific_tails(lx: lex.PeopleLexicon) -> str:
    """The honorifics as ``(?<=M)(?:me|lle|...)`` branches: the scan of capitals reads the first
    letter, and an honorific is what may follow it. One look back at the set of first letters
    comes before the branches, so that the other capitals skip them all at once."""
    by_first: dict[str, list[str]] = {}
    for honorific in lx.honorifics:
        by_first.setdefault(honorific[0], []).append(honorific[1:])
    branches = []
    for first, tails in sorted(by_first.items()):
        alternatives = "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True))
        branches.append(f"(?<={re.escape(first)})(?:{alternatives})")
    firsts = "".join(re.escape(first) for first in sorted(by_first))
    return f"(?<=[{firsts}])(?:{'|'.join(branches)})"


class _Role(NamedTuple):
    """A title found in the text, before it is tied to a name (a named tuple: a few are made
    per text, and only inside this module)."""

    order: int  # its index in the list of the text's roles

    start: int  # the article's (or English modifier's) start, or the title's
    head_start: int
    end: int
    definite: bool
    is_rank_only: bool
    feminine_rank: bool
    mention: RoleMention
    referring: bool = True  # may stand for a person without a name (``the NATO chief said``)


class _Head(NamedTuple):
    """What a title or rank found in the text says by itself, whatever surrounds it."""

    folded: str  # spaces collapsed: the lexicon key
    ambiguous: bool  # a rank that is also a common word
    title_key: str | None
    rank_key: str | None
    expansion: str | None  # an abbreviation's title in full


@functools.lru_cache(maxsize=1024)
def _head(written: str, lx: lex.PeopleLexicon) -> _Head:
    """:class:`_Head` of a title as the lower-cased view has it (cached: few titles, often seen)."""
    folded = " ".join(written.split())
    return _Head(
        folded, folded in lx.ambiguous_ranks, lx.titles.get(folded), lx.ranks.get(folded), lx.expansions.get(folded)
    )


@functools.lru_cache(maxsize=4096)
def _written(text: str) -> str:
    """A title phrase as written, lower-cased with spaces collapsed (cached: phrases recur)."""
    return " ".join(text.split()).lower()


@functools.lru_cache(maxsize=1024)
def _office(language: str, head: str, dept: str | None, org: str | None, country: str | None) -> str | None:
    for row_head, row_dept, row_org, row_country, office in _patterns(language).lx.offices:
        if row_head != head or row_dept != dept:
            continue
        if row_org is not None and row_org != org:
            continue
        if row_country is not None and row_country != country:
            continue
        return office
    return None


def _collapse(text: str) -> str:
    return " ".join(text.split())


@functools.lru_cache(maxsize=1 << 12)
def _key(text: str) -> str:
    """*text* folded, spaces collapsed: a lexicon key (cached: articles and names recur)."""
    return " ".join(fold(text).split())


def _head_matches(low: str, patterns: _Patterns) -> "list[tuple[int, int]]":
    """Offsets of every title or rank in *low* (the lower-cased view), in text order."""
    found: list[tuple[int, int]] = []
    for head in patterns.heads:
        found += [m.span("head") for m in head.finditer(low)]
    first = patterns.heads[0].match(" " + low[:80])  # a title opening the text
    if first is not None:
        found.append((0, first.end("head") - 1))
    found.sort()
    return found


def _roles(document: Document, view: str, low: str, patterns: _Patterns) -> list[_Role]:
    """Every title or rank with its article, adjectives and complements."""
    lx = patterns.lx
    language = document.language if document.language in lex.LEXICONS else "fr"
    text = view  # titles as written, with spaces and hyphens normalised
    found: list[_Role] = []
    english = patterns.english
    complement_match = patterns.complement.match
    other_match = patterns.other.match
    modifier_match = patterns.modifier.match
    det_search = patterns.det.search
    det_reach = patterns.det_reach
    det_fence = patterns.det_fence
    doc_id, source = document.id, document.text  # for spans: :func:`_span` written out
    for head_start, head_end in _head_matches(low, patterns):
        head = _head(low[head_start:head_end], lx)
        head_folded = head.folded
        reach = max(0, head_start - det_reach)
        if det_fence is not None:
            fence = det_fence.search(low, reach, head_start)
            if fence is not None:
                reach = fence.start()  # the fence stays in the range: the article's look back reads it
        det = det_search(low, reach, head_start)
        if english and det is not None and det.end() == det.start():
            det = None  # English: nothing before the title (a French article is never empty)
        ambiguous = head.ambiguous
        if ambiguous and (det is None if not english else not view[head_start].isupper()):
            continue
        title_key = head.title_key
        rank_key = head.rank_key
        head_key = title_key or rank_key or head_folded
        # adjectives and the department right after the title
        end = head_end
        dept_key = dept_text = None
        country = None
        organisation = other = None
        written_head = head.expansion or _written(text[head_start:head_end])
        title = written_head
        if det is not None and english:
            groups = det.groupdict()
            for group in ("nat", "nat2"):
                if groups[group] and view[det.start(group) : det.end(group)] != "us":  # not the pronoun
                    country = lx.nationalities.get(groups[group], country)
            if groups["cty"]:
                country = lx.countries.get(_key(groups["cty"]), country)
            if groups["org"]:
                organisation = lx.organisations.get(_key(groups["org"]))
            if groups["dept"]:
                dept_key = lx.pre_departments.get(_key(groups["dept"]))
                title = _collapse(text[det.start("dept") : det.end("dept")]).lower() + " " + title
        for _ in range(4):
            modifier = modifier_match(low, end)
            if modifier is None:
                break
            kind = modifier.lastgroup  # the modifier's groups are alternatives: the one that matched
            if kind == "nat":
                country = lx.nationalities.get(fold(modifier.group("nat")), country)
            elif kind == "dept":
                if dept_key is not None:
                    break
                dept_key = lx.departments.get(_key(modifier.group("dept")))
                dept_text = _written(text[modifier.start("dept") : modifier.end("dept")])
            end = modifier.end()
        # complements: ``de la commission de la Défense de la Chambre``, ``de l'OTAN``,
        # ``of the NATO Military Committee``
        for _ in range(4):
            if low[end : end + 4].lstrip(" ")[:1] not in patterns.complement_initials:
                break  # every complement opens with ``de``, ``du``, ``des`` or ``d'`` (``of``, ``for``, ``to``)
            complement = complement_match(low, end) or patterns.chain_dept.match(low, end) or other_match(view, end)
            if complement is None:
                break
            groups = complement.groupdict()
            if complement.re is patterns.chain_dept:
                pass  # ``de la commission de la Défense``: the department of a unit
            elif complement.re is patterns.other:
                other = _collapse(text[complement.start("other") : complement.end("other")])
            elif groups.get("dept"):
                if dept_key is not None:
                    break
                dept_key = lx.departments.get(_key(groups["dept"]))
                written = text[complement.start("prep") : complement.end("dept")]
                if groups.get("org2"):  # ``of the NATO Military Committee``: the title drops the body
                    written = text[complement.start("prep") : complement.start("org2")] + groups["dept"]
                title += " " + _collapse(written).lower()
                if groups.get("org2"):
                    organisation = organisation or lx.organisations.get(_key(groups["org2"]))
            elif groups.get("unit"):
                if groups.get("org2") and view[complement.end() : complement.end() + 2].lstrip(" ")[:1].isupper():
                    other_complement = other_match(view, end)  # ``of NATO Mission Iraq``: a name
                    if other_complement is not None:
                        other = _collapse(text[other_complement.start("other") : other_complement.end("other")])
                        end = other_complement.end()
                        continue
                if groups.get("org2"):
                    organisation = organisation or lx.organisations.get(_key(groups["org2"]))
                elif complement_match(low, complement.end()) is None and other_match(view, complement.end()) is None:
                    break
            elif groups.get("org"):
                organisation = organisation or lx.organisations.get(_key(complement.group("org")))
            else:
                country = lx.countries.get(_key(complement.group("cty")), country)
            end = complement.end()
        if low.startswith(patterns.place_initials, end):
            place = patterns.place.match(low, end)
            if place is not None:
                end = place.end()
        if organisation is None:
            organisation = other
        if dept_text is not None:
            title += " " + dept_text
        if country is None and title in lx.implied_countries:
            country = lx.implied_countries[title]
        office = _office(language, head_key, dept_key, organisation, country)
        start = span_start = head_start
        definite = det is not None
        if det is not None:
            start = det.start()
            if english:
                # the span keeps the modifiers (``NATO Secretary General``), not ``the``
                span_start = det.start()
                if det.group("det"):
                    span_start = det.end("det")
                    while low[span_start] == " ":
                        span_start += 1
                possessive = "'" in det.group() and bool(det.group("org") or det.group("cty"))
                definite = bool(det.group("det")) or possessive  # ``the chief``, ``NATO's chief``
            if det.group("pre") and not lx.pre_title_qualifiers.get(fold(det.group("pre")), True):
                # ``l'ancien ministre``, ``former Prime Minister``: a former office, kept in the
                # title and the span
                pre = _collapse(text[det.start("pre") : det.end("pre")]).lower()
                title = pre + ("" if english and pre.endswith("-") else " ") + title
                office = None
                if not english:
                    span_start = det.start("pre")
        found.append(
            _Role(  # positional: the fields in order (order, start, head_start, end, definite, ...)
                len(found),
                start,
                head_start,
                end,
                definite,
                title_key is None,
                title_key is None and rank_key is not None and rank_key != head_folded,
                RoleMention(Span._of(doc_id, source, span_start, end), title, organisation, country, office),
                not (english and ambiguous),
            )
        )
    return found


def _tokens(view: str, start: int, end: int) -> list[tuple[int, int]]:
    tokens = []
    position = start
    for word in view[start:end].split(" "):
        if word:
            tokens.append((position, position + len(word)))
        position += len(word) + 1
    return tokens


@functools.lru_cache(maxsize=1 << 14)
def _trimmed_run(run: str, lx: lex.PeopleLexicon, strip_leading: bool) -> tuple[int, int] | None:
    """Trim words that cannot belong to a name from a capitalised *run*: the offsets in *run* of
    what is left, None when nothing is.

    Leading function words (``Le``, ``Selon``) and nationality nouns (``Le Néerlandais``) go when
    *strip_leading* (a bare run; after an honorific ``Le`` may be a particle: ``M. Le Drian``).
    The run is cut before a place or an institution, and before a particle followed by one
    (``Stoltenberg de Norvège``).

    The trimming reads the run's words only, and the same names recur through a text (``M.
    Parly`` five times), so it is worked out once per distinct run.
    """
    tokens = _tokens(run, 0, len(run))
    if strip_leading:
        while tokens and (
            fold(run[tokens[0][0] : tokens[0][1]]) in lx.non_name_words
            or fold(run[tokens[0][0] : tokens[0][1]]) in lx.nationalities
        ):
            tokens.pop(0)
    kept: list[tuple[int, int]] = []
    for index, (s, e) in enumerate(tokens):
        word = fold(run[s:e])
        if kept and (word in lx.name_particles or word in lx.capitalised_particles) and index + 1 < len(tokens):
            following = fold(run[tokens[index + 1][0] : tokens[index + 1][1]])
            if _is_place(following, lx) or following in lx.non_name_words:
                break
            kept.append((s, e))
            continue
        if kept and (_is_place(word, lx) or word in lx.non_name_words):
            break
        kept.append((s, e))
    while kept and fold(run[kept[-1][0] : kept[-1][1]]) in lx.name_particles:
        kept.pop()
    if not kept:
        return None
    return kept[0][0], kept[-1][1]


class _BareName(NamedTuple):
    """A capitalised run read as a bare name: offsets in the run, the name folded, and whether
    its first word is a given name."""

    start: int
    end: int
    folded: str
    given_like: bool


@functools.lru_cache(maxsize=1 << 14)
def _bare_name(run: str, lx: lex.PeopleLexicon) -> _BareName | None:
    """What a capitalised *run* says as a bare name, from its words alone (cached: names recur);
    None when it cannot be one: it trims to one word (read later, when a known surname), or a
    word is a place or an institution word, or an acronym."""
    bounds = _trimmed_run(run, lx, True)
    if bounds is None:
        return None
    name = run[bounds[0] : bounds[1]]
    words = name.split()
    if len(words) == 1:
        return None  # a one-word name is read below, when it is a known surname
    if any(
        (fold(w) in lx.non_name_words or _is_place(fold(w), lx))
        and fold(w) not in lx.name_particles
        and fold(w) not in lx.capitalised_particles
        for w in words
    ):
        return None
    if any(len(w) > 1 and w.isupper() for w in words):
        return None
    return _BareName(bounds[0], bounds[1], fold(name), _given_like(words[0], lx))


def _introduced_name(view: str, start: int, end: int, lx: lex.PeopleLexicon) -> tuple[int, int] | None:
    """The name an honorific or a title introduces, read in ``view[start:end]``: trimmed by
    :func:`_trimmed_run` (leading words kept) and :func:`_plausible`; None when nothing
    plausible is left."""
    bounds = _introduced_run(view[start:end], lx)
    return None if bounds is None else (start + bounds[0], start + bounds[1])


@functools.lru_cache(maxsize=1 << 14)
def _introduced_run(run: str, lx: lex.PeopleLexicon) -> tuple[int, int] | None:
    """:func:`_introduced_name` of the whole of *run*, as offsets in *run* (cached)."""
    bounds = _trimmed_run(run, lx, False)
    if bounds is None or not _plausible_name(run[bounds[0] : bounds[1]], lx):
        return None
    return bounds


def _is_place(word: str, lx: lex.PeopleLexicon) -> bool:
    return word in lx.countries or word in lx.not_people or word in lx.organisations or word in lx.nationalities


def _plausible(view: str, start: int, end: int, lx: lex.PeopleLexicon) -> bool:
    """A name may follow a title or honorific: not a place, an institution or an acronym."""
    return _plausible_name(view[start:end], lx)


@functools.lru_cache(maxsize=1 << 14)
def _plausible_name(text: str, lx: lex.PeopleLexicon) -> bool:
    """:func:`_plausible` of the name *text* (a function of the name alone: cached)."""
    folded = fold(text)
    if folded in lx.not_people or folded in lx.countries or folded in lx.organisations:
        return False
    words = text.split()
    if len(words) == 1 and fold(words[0]) in lx.non_name_words:
        return False
    return not (len(words) == 1 and len(words[0]) <= 5 and words[0].isupper())


@functools.lru_cache(maxsize=1 << 14)
def _given_like(word: str, lx: lex.PeopleLexicon) -> bool:
    folded = fold(word)
    if folded in lx.given_names:
        return True
    parts = folded.split("-")
    return len(parts) > 1 and all(p in lx.given_names for p in parts)


@functools.lru_cache(maxsize=1 << 14)
def _surname_keys(name: str, lx: lex.PeopleLexicon) -> frozenset[str]:
    """The folded surname forms a shorter mention of *name* may take (cached: names recur)."""
    words = name.split()
    keys: set[str] = set()
    if len(words) >= 2:
        keys.add(fold(" ".join(words[1:])))
    for word in words[1:] if len(words) >= 2 else words:
        folded = fold(word)
        if folded not in lx.name_particles and len(folded) >= 3:
            keys.add(folded)
            if "-" in folded and folded.split("-", 1)[0] in lx.name_prefixes:
                keys.add(folded.split("-", 1)[1])
    if len(words) == 1:
        keys.add(fold(words[0]))
    return frozenset(keys)


def _span(document: Document, start: int, end: int) -> Span:
    """:meth:`Document.span <nato_iraq.Document.span>` without its argument checks: every offset
    here comes from a match on the view, which is as long as the text, so the checks cannot fail
    (and cost as much as the span itself, for the thousands of spans a long text gives)."""
    return Span._of(document.id, document.text, start, end)


def _person(
    document: Document, start: int, name_start: int, name_end: int, honorific: str | None, role: RoleMention | None
) -> PersonMention:
    doc_id, text = document.id, document.text
    # :func:`_span` written out: a person is a mention or two of every text
    name_span = Span._of(doc_id, text, name_start, name_end)
    span = name_span if start == name_start else Span._of(doc_id, text, start, name_end)
    # positional: span, name, name_span, honorific, role (attrs's init reads them faster)
    return PersonMention(span, _collapse(text[name_start:name_end]), name_span, honorific, role)


def _with_role(mention: PersonMention, role: RoleMention | None) -> PersonMention:
    """``attrs.evolve(mention, role=role)``, without evolve's walk over the fields (it costs
    several times the mention itself)."""
    return PersonMention(mention.span, mention.name, mention.name_span, mention.honorific, role)


class _Occupied:
    """Characters already covered, as a byte mask: overlap checks cost O(span), not O(mentions)."""

    def __init__(self, length: int) -> None:
        self._mask = bytearray(length)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) >= 0  # searched in place, not on a copied slice


def _surname_forms(name: str, lx: lex.PeopleLexicon) -> set[str]:
    """How a text may write *name* shortened to its surname (``Stoltenberg``, ``al-Abadi``,
    ``Abadi``, ``Hoop Scheffer``): the surface forms behind :func:`_surname_keys`."""
    words = name.split()
    forms: set[str] = set()
    if len(words) >= 2:
        forms.add(" ".join(words[1:]))
    for word in words[1:] if len(words) >= 2 else words:
        folded = fold(word)
        if folded not in lx.name_particles and len(folded) >= 3:
            forms.add(word)
            if "-" in word and folded.split("-", 1)[0] in lx.name_prefixes:
                forms.add(word.split("-", 1)[1])
    return forms


@functools.lru_cache(maxsize=1 << 14)
def _folded_surname_forms(name: str, lx: lex.PeopleLexicon) -> frozenset[str]:
    """:func:`_surname_forms` of *name*, folded (cached: names recur)."""
    return frozenset(fold(form) for form in _surname_forms(name, lx))


#: Up to this many surname forms are looked for as strings; more are matched against the words.
_STRING_SEARCHES = 40


def _surname_occurrences(
    view: str, low: str, names: "set[str]", patterns: _Patterns, taken: "_Occupied"
) -> list[tuple[int, int]]:
    """Where surnames of *names* stand alone: a string search per form, which costs far less
    than reading every capitalised word. An occurrence inside a longer capitalised run
    (``Camp Austin``) is not one. Occurrences inside a mention already *taken* (most of them:
    ``Stoltenberg`` in ``Jens Stoltenberg``) are dropped first, as the caller would drop them."""
    lx = patterns.lx
    found: list[tuple[int, int]] = []
    forms: set[str] = set()
    for name in names:
        forms |= _folded_surname_forms(name, lx)
    if len(forms) > _STRING_SEARCHES:  # a text naming very many people: one pass over its words
        found = [m.span() for m in re.finditer(r"(?<![\w'-])[\w'-]+", view) if fold(m.group()) in forms]
        return [bounds for bounds in found if not taken.overlaps(*bounds) and _stands_alone(view, *bounds, lx)]
    for form in forms:
        needle = form.lower()
        position = low.find(needle)
        while position >= 0:
            end = position + len(needle)
            if not taken.overlaps(position, end) and _stands_alone(view, position, end, lx):
                found.append((position, end))
            position = low.find(needle, end)
    found.sort(key=lambda bounds: (bounds[0], -bounds[1]))
    return found


def _stands_alone(view: str, start: int, end: int, lx: lex.PeopleLexicon) -> bool:
    """True when ``view[start:end]`` is a whole word, capitalised (or prefixed: ``al-Abadi``),
    and not part of a longer capitalised run."""
    before = view[start - 1 : start]
    after = view[end : end + 1]
    if (before and (before.isalnum() or before in "'-_")) or (after and (after.isalnum() or after in "-_")):
        return False
    if not view[start].isupper() and "-" not in view[start:end]:
        return False
    if before == " ":
        previous = view[max(0, start - 30) : start - 1].rsplit(" ", 1)[-1]
        if previous[:1].isupper() and fold(previous) not in lx.non_name_words:
            return False  # ``Camp Austin``
    if after == " ":
        following = view[end + 1 : end + 30].split(" ", 1)[0]
        folded = fold(following)
        if following[:1].isupper() and folded not in lx.non_name_words and not _is_place(folded, lx):
            return False  # ``Austin Powers``
    return True


def find(document: Document) -> tuple[PersonMention, ...]:
    """Every person mention in *document*, sorted by offset, none overlapping another."""
    view = _text.view(document)
    low = _text.lower_view(document)
    patterns = _patterns(document.language if document.language in lex.LEXICONS else "fr")
    lx = patterns.lx
    roles = _roles(document, view, low, patterns)
    roles_by_start: dict[int, _Role] = {}
    role_spans = _Occupied(len(view))
    for role in roles:
        roles_by_start[role.start] = role
        roles_by_start.setdefault(role.head_start, role)
        role_spans.add(role.head_start, role.end)

    named: dict[int, PersonMention] = {}  # by name start
    used_roles: set[int] = set()
    role_person: dict[int, int] = {}  # role index -> start of the name it introduces

    honorifics: list[re.Match[str]] = []
    runs: list[re.Match[str]] = []
    for match in patterns.capitals.finditer(view):
        # an honorific closes the groups ``hon`` and ``space``; a capitalised run has no group
        (runs if match.lastgroup is None else honorifics).append(match)

    # 1. honorific + name
    for match in honorifics:
        name = patterns.honorific_name.match(view, match.end())
        if name is None:
            continue
        cleaned = _introduced_name(view, name.start(), name.end(), lx)
        if cleaned is None:
            continue
        honorific = lx.honorifics[view[match.start() : match.end("hon")]]
        named[cleaned[0]] = _person(document, match.start(), cleaned[0], cleaned[1], honorific, None)

    # 2. title + name
    for index, role in enumerate(roles):
        link = patterns.link.match(view, role.end)
        if link is None:
            continue
        if patterns.english and link.end() in roles_by_start:
            continue  # ``the commander of X, Lieutenant General Y``: the rank's name, read with the rank
        name = patterns.name.match(view, link.end())
        if name is None:
            continue
        cleaned = _introduced_name(view, name.start(), name.end(), lx)
        if cleaned is None:
            continue
        if "," in link.group() and link.group("hon") is None and " " not in view[cleaned[0] : cleaned[1]]:
            continue  # ``le premier ministre, Bagdad`` is too weak a link for one word
        existing = named.get(cleaned[0])
        if existing is not None:
            named[cleaned[0]] = _with_role(existing, existing.role or role.mention)
        else:
            named[cleaned[0]] = _person(document, cleaned[0], cleaned[0], cleaned[1], None, role.mention)
        used_roles.add(index)
        role_person[index] = cleaned[0]

    # 2b. English: a one-word name before an apposition closed by a comma or a full stop
    # (``Stoltenberg, NATO's secretary general, said``; ``said Stoltenberg, the NATO chief.``)
    if patterns.appositive_name is not None:
        for role in roles:
            if role.is_rank_only or view[role.end : role.end + 1] not in (",", ".") or role.start < 3:
                continue
            word = patterns.appositive_name.search(view, max(0, role.start - 40), role.start)
            if word is None or word.start("n") in named:
                continue
            start, end = word.span("n")
            previous = view[max(0, start - 30) : start].rstrip(" ").rsplit(" ", 1)[-1]
            if previous[:1].isupper() and fold(previous) not in lx.non_name_words:
                continue  # a longer capitalised run: read as a whole below
            if fold(view[start:end]) in lx.non_name_words or not _plausible(view, start, end, lx):
                continue
            named[start] = _person(document, start, start, end, None, None)

    # 3. bare names
    taken = _Occupied(len(view))
    known_surnames: set[str] = set()
    for mention in named.values():
        taken.add(mention.span.start, mention.span.end)
        if mention.name:
            known_surnames |= _surname_keys(mention.name, lx)
    # the full names known before bare names are read, made when a run first needs them (few do)
    known_names: set[str] | None = None
    known_before = len(named)
    for match in runs:
        start, end = match.span()
        if taken.overlaps(start, end):
            continue
        bare = _bare_name(view[start:end], lx)
        if bare is None:
            continue
        start, end = match.start() + bare.start, match.start() + bare.end
        if role_spans.overlaps(start, end):
            continue
        if not (bare.given_like or _after_nationality(view, match.start(), start, lx)):
            if known_names is None:
                known_names = {fold(m.name) for m in itertools.islice(named.values(), known_before) if m.name}
            full = bare.folded
            if not (
                full in known_names
                or full in known_surnames
                or patterns.cue_before.search(low, max(0, start - 60), start) is not None
                or patterns.cue_after.match(low, end) is not None
            ):
                continue
        mention = _person(document, start, start, end, None, None)
        named[start] = mention
        taken.add(start, end)
        known_surnames |= _surname_keys(view[start:end], lx)

    # 4. surnames alone
    names = {m.name for m in named.values() if m.name}
    for start, end in _surname_occurrences(view, low, names, patterns, taken):
        if (
            fold(view[start:end]) in known_surnames
            and not taken.overlaps(start, end)
            and not role_spans.overlaps(start, end)
        ):
            named[start] = _person(document, start, start, end, None, None)
            taken.add(start, end)

    # 5. appositions after a name, and titles before a rank and a name
    mentions: list[PersonMention] = []
    person_at = {index: named.get(start) for index, start in role_person.items()}
    for start in sorted(named):
        mention = named[start]
        mentions.append(mention)
        if view[mention.span.end : mention.span.end + 1] != ",":
            continue  # both a national service and an apposition open with a comma
        service = patterns.service.match(low, mention.span.end)
        if service is not None and mention.role is not None and mention.role.country is None:
            country = lx.nationalities.get(fold(service.group("nat")))
            mentions[-1] = mention = attrs.evolve(mention, role=attrs.evolve(mention.role, country=country))
            continue
        comma = patterns.comma.match(view, mention.span.end)
        if comma is None or comma.end() == mention.span.end:
            continue
        appositive = roles_by_start.get(comma.end())
        if appositive is None or appositive.start != comma.end() or appositive.order in used_roles:
            continue
        role = appositive
        if role.is_rank_only and role.mention.organisation is None and role.mention.country is None:
            continue  # ``Jens Stoltenberg, général`` is not a phrase of the genre
        used_roles.add(role.order)
        if mention.role is None:
            mentions[-1] = _with_role(mention, role.mention)
        else:
            mentions.append(_second_role(mention, role.mention))
    for index, role in enumerate(roles):
        if index in used_roles or role.is_rank_only or not view.startswith(",", role.end):
            continue
        comma = patterns.comma.match(view, role.end)
        if comma is None or comma.end() == role.end:
            continue
        following = roles_by_start.get(comma.end())
        if following is None or following.start != comma.end() or not following.is_rank_only:
            continue
        person = person_at.get(following.order)
        if person is None or person.name is None or _continues_a_list(view, person.span.end, roles_by_start, patterns):
            continue
        used_roles.add(index)
        mentions.append(_second_role(person, role.mention))

    # 6. bare titles used as a reference
    for index, role in enumerate(roles):
        if index in used_roles or not role.definite:
            continue
        if not role.referring:
            continue
        if role.is_rank_only:
            det = fold(view[role.start : role.head_start]).split(" ")[0].strip()
            if det not in ("le", "du", "au", "the") and not (role.feminine_rank and det == "la"):
                continue
        if lx.titles.get(fold(role.mention.title)) == "secretaire" and role.mention.office is None:
            continue  # ``la secrétaire``, ``the secretary`` alone is not a title of the genre
        if patterns.english:
            governed = low[max(0, role.start - 4) : role.start] == " of "  # ``Office of the ...``
        else:
            governed = _key(view[role.start : role.head_start]).startswith(
                ("du", "de la", "de l'", "a la", "a l'", "au")
            )
        if governed and _after_institution(view, low, role.start, patterns):
            continue
        mentions.append(PersonMention(_span(document, role.start, role.end), None, None, None, role.mention))

    mentions.sort(key=lambda m: (m.span.start, -(m.span.end - m.span.start)))
    result: list[PersonMention] = []
    last_end = -1
    for mention in mentions:
        if mention.span.start >= last_end:
            result.append(mention)
            last_end = mention.span.end
    return tuple(result)


def _after_nationality(view: str, run_start: int, name_start: int, lx: lex.PeopleLexicon) -> bool:
    """True when a capitalised nationality noun introduces the name (``Le Néerlandais Mark
    Rutte``, ``l'Américain Lloyd Austin``): the genre's way of presenting a foreigner."""
    if name_start > run_start:  # the run held the noun, dropped as a leading word
        words = view[run_start:name_start].split()
        return bool(words) and words[-1][0].isupper() and fold(words[-1]) in lx.nationalities
    before = view[max(0, name_start - 20) : name_start].rstrip(" ")
    word = before.rsplit(" ", 1)[-1].rsplit("'", 1)[-1]
    return word[:1].isupper() and before.endswith(word) and fold(word) in lx.nationalities


def _second_role(person: PersonMention, role: RoleMention) -> PersonMention:
    """A second title of *person*, as its own mention whose span is the title."""
    return PersonMention(
        span=role.span, name=person.name, name_span=person.name_span, honorific=person.honorific, role=role
    )


def _continues_a_list(view: str, position: int, roles_by_start: "dict[int, _Role]", patterns: _Patterns) -> bool:
    """True when a list of people goes on after *position* (``..., le président X et ...``): a
    title followed by ``, rank Name`` is then an enumeration, not one person's two titles."""
    if patterns.list_next.match(view, position) is not None:
        return True
    comma = patterns.comma.match(view, position)
    if comma is None or comma.end() == position:
        return False
    following = roles_by_start.get(comma.end())
    return following is not None and following.definite and following.start == comma.end()


#: The last punctuation mark before the end of the searched range: an institution's name does not
#: run across it. One search, where a string search per mark would cost four times as much.
_LAST_CUT = re.compile(r"[,;:.()\n][^,;:.()\n]*\Z")


def _after_institution(view: str, low: str, position: int, patterns: _Patterns) -> bool:
    """True when an institution's name runs up to *position* (``Bureau du conseiller``)."""
    start = max(0, position - 60)
    cut = _LAST_CUT.search(view, start, position)
    if cut is not None:
        start = cut.start() + 1
    return any(view[match.start()].isupper() for match in patterns.institution.finditer(low, start, position))
