"""People in a French text: names, honorifics, titles and the roles they state.

What counts as a person mention, and why:

* a name after an honorific (``M. Stoltenberg``, ``Mme Parly``, ``M.Stoltenberg``);
* a name after a title or rank, with or without a comma (``le secrétaire général de l'OTAN, Jens
  Stoltenberg``; ``le Premier ministre irakien Moustafa al-Kazimi``; ``le général de brigade
  Pierfranco Tria``), the title becoming the mention's :class:`RoleMention`;
* a title in apposition after a name (``Jens Stoltenberg, secrétaire général de l'OTAN,``). When
  the name already carries a title (a rank before it), the apposition is a *second* role: it is
  returned as a second :class:`PersonMention` with the same ``name`` and ``name_span`` whose
  ``span`` is the apposition itself, so mentions never overlap and every role keeps its evidence;
* a bare capitalised name (``a dit Jens Stoltenberg``) only when it looks like a person: its first
  word is a known given name, or the same name carries an honorific or title elsewhere in the
  text, or a reporting verb is right next to it. Capitalised sequences such as ``Conseil de
  l'Atlantique Nord`` or ``Resolute Support`` have none of these and are left alone;
* a surname alone (``Stoltenberg``) when a fuller mention of the same person is in the text;
* a definite title used as a reference (``Le secrétaire général a indiqué``) with ``name=None``.

``span`` covers the honorific and the name (``M. Haïdar al-Abadi``), or the name alone, or, for a
bare title, the article and the title (``Le secrétaire général``); ``role.span`` covers the title
phrase with its complements (``secrétaire général de l'OTAN``) without the article.

Patterns run on a same-length accent-folded view of :func:`~nato_iraq.document.analysis_text`
(``É`` -> ``E``, case kept), so lexicon entries are written once without accents.
"""

import functools
import re
from collections.abc import Callable, Iterable

import attrs

from ..document import Document
from . import _text
from .lexicon import fold as _fold_uncached
from .lexicon import people as lex
from .lexicon import places
from .mentions import PersonMention, RoleMention

__all__ = ["find"]

#: Words repeat: fold each distinct one once.
fold = functools.lru_cache(maxsize=1 << 16)(_fold_uncached)

_UPPER = "A-ZÆØÞŒŁ"
_LETTER = r"[^\W\d_]"
#: A capitalised word; an elided article (``L'Otan``, ``D'autres``) is not one, ``O'Brien`` is.
_CAPTOK = rf"(?!(?:[A-NP-Z]|Qu|Jusqu|Lorsqu|Puisqu)')[{_UPPER}]{_LETTER}*(?:['-]{_LETTER}+){{0,4}}"
_INITIAL = rf"[{_UPPER}]\.(?:-[{_UPPER}]\.)?"


def _alternation(words: "Iterable[str]") -> str:
    """A regex matching any of *words*, as a trie (shared prefixes are tried once, which is what
    keeps a few hundred alternatives fast); a space matches 1-3 spaces."""
    return _trie(words, lambda c: " {1,3}" if c == " " else re.escape(c))


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
    role: "re.Pattern[str]"
    name: "re.Pattern[str]"
    honorific: "re.Pattern[str]"
    link: "re.Pattern[str]"
    comma: "re.Pattern[str]"
    cue_before: "re.Pattern[str]"
    cue_after: "re.Pattern[str]"
    institution: "re.Pattern[str]"


def _name_regex() -> str:
    prefixes = _alternation(lex.NAME_PREFIXES)
    particles = _alternation(lex.NAME_PARTICLES)
    token = rf"(?:(?i:{prefixes})-)?{_CAPTOK}"
    return rf"(?<![\w'-]){token}(?: (?:(?:{particles}) ){{0,2}}(?:{_INITIAL} )?{token}){{0,4}}"


@functools.cache
def _patterns() -> _Patterns:
    titles = _alternation(list(lex.TITLES) + list(lex.RANKS))
    nationalities = _alternation(places.NATIONALITIES)
    departments = _alternation(lex.DEPARTMENTS)
    orgs = _alternation({k[2:] if k.startswith("l'") else k for k in places.ORGANISATIONS})
    countries = _alternation(places.COUNTRIES)
    units = _alternation(lex.ROLE_UNITS)
    other = rf"(?-i:{_CAPTOK}(?: {_CAPTOK}){{0,2}}(?: [a-z]+(?:enne|ien|ienne|ais|aise|ale|ique|aire|ain|aine))?)"
    role = re.compile(
        r"(?i)(?P<det>\b(?:(?:de|a) {1,3}la|(?:de|a) {1,3}l'|le|la|du|au|l') {0,3})?"
        rf"(?<![\w-])(?P<head>{titles})(?![\w-])"
        rf"(?: {{1,3}}(?P<adj1>{nationalities})\b)?"
        rf"(?: {{1,3}}(?P<dept>{departments})\b)?"
        rf"(?: {{1,3}}(?P<adj2>{nationalities})\b)?"
        rf"(?: {{1,3}}(?:de {{1,3}}la {{1,3}}|de {{1,3}}l'|du {{1,3}}|des {{1,3}})(?:{units})(?![\w-])"
        rf"(?: {{1,3}}(?:{nationalities})\b)?(?= {{1,3}}(?:de|du|des|d')\b))?"
        rf"(?: {{1,3}}(?:de {{1,3}}l'|de {{1,3}}la {{1,3}}|de {{1,3}}|du {{1,3}}|des {{1,3}}|d')"
        rf"(?:(?P<org>{orgs})|(?P<cty>{countries})|(?P<other>{other}))(?![\w-]))?"
        rf"(?: {{1,3}}(?:en|au) {{1,3}}(?P<place>{countries})\b)?"
    )
    honorifics = "|".join(re.escape(h) for h in sorted(lex.HONORIFICS, key=len, reverse=True))
    honorific = re.compile(
        rf"(?<![\w.])(?P<hon>{honorifics})"
        rf"(?P<space> {{0,2}})(?=(?:(?i:{_alternation(lex.NAME_PREFIXES)})-)?[{_UPPER}])"
    )
    link = re.compile(rf"(?:, {{0,2}}| {{1,2}})(?:(?P<hon>{honorifics}) {{0,2}})?")
    verbs = _verb_alternation()
    auxiliaries = "|".join(lex.AUXILIARIES)
    adverbs = _alternation(lex.REPORT_ADVERBS)
    cue_before = re.compile(
        rf"(?i)(?:\b(?:{auxiliaries})(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}(?:{verbs})|\b(?:selon|d'apres))"
        rf"(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}$"
    )
    cue_after = re.compile(
        rf"(?i)(?: {{0,2}},)? {{1,2}}(?:{auxiliaries})(?: {{1,2}}(?:{adverbs})){{0,2}} {{1,2}}(?:{verbs})\b"
    )
    institution = re.compile(rf"(?<![\w-])(?:{_alternation(lex.INSTITUTION_HEADS)})(?![\w-])", re.IGNORECASE)
    return _Patterns(
        role=role,
        name=re.compile(_name_regex()),
        honorific=honorific,
        link=link,
        comma=re.compile(r", {0,2}"),
        cue_before=cue_before,
        cue_after=cue_after,
        institution=institution,
    )


def _verb_alternation() -> str:
    forms: set[str] = set()
    for participles, finites in lex.REPORTING_VERBS.values():
        forms.update(fold(f) for f in participles)
        forms.update(fold(f) for f in finites)
    return _alternation(forms)


@attrs.frozen
class _Role:
    """A title found in the text, before it is tied to a name."""

    start: int  # the article's start, or the title's
    head_start: int
    end: int
    definite: bool
    is_rank_only: bool
    mention: RoleMention


def _office(head: str, dept: str | None, org: str | None, country: str | None) -> str | None:
    for row_head, row_dept, row_org, row_country, office in lex.OFFICES:
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


def _roles(document: Document, view: str) -> list[_Role]:
    pattern = _patterns().role
    found: list[_Role] = []
    text = document.text
    for match in pattern.finditer(view):
        head_text = match.group("head")
        head_folded = fold(head_text)
        head_key_title = lex.TITLES.get(" ".join(head_folded.split()))
        head_key_rank = lex.RANKS.get(" ".join(head_folded.split()))
        head_key = head_key_title or head_key_rank or head_folded
        dept_key = lex.DEPARTMENTS.get(" ".join(fold(match.group("dept")).split())) if match.group("dept") else None
        country = None
        for group in ("adj1", "adj2"):
            if match.group(group):
                country = places.NATIONALITIES.get(fold(match.group(group)))
        organisation = None
        if match.group("org"):
            organisation = places.ORGANISATIONS.get(" ".join(fold(match.group("org")).split()))
        elif match.group("cty"):
            country = places.COUNTRIES.get(" ".join(fold(match.group("cty")).split()), country)
        elif match.group("other"):
            organisation = _collapse(text[match.start("other") : match.end("other")])
        title = _collapse(text[match.start("head") : match.end("head")]).lower()
        if match.group("dept"):
            title += " " + _collapse(text[match.start("dept") : match.end("dept")]).lower()
        det = match.group("det")
        role = RoleMention(
            span=document.span(match.start("head"), match.end()),
            title=title,
            organisation=organisation,
            country=country,
            office=_office(head_key, dept_key, organisation, country),
        )
        found.append(
            _Role(
                start=match.start(),
                head_start=match.start("head"),
                end=match.end(),
                definite=det is not None,
                is_rank_only=head_key_title is None,
                mention=role,
            )
        )
    return found


def _tokens(view: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", view[start:end])]


def _clean_name(view: str, start: int, end: int, *, strip_leading: bool) -> tuple[int, int] | None:
    """Trim words that cannot belong to a name from a capitalised run; None when nothing is left.

    Leading function words (``Le``, ``Selon``) go when *strip_leading* (a bare run; after an
    honorific ``Le`` may be a particle: ``M. Le Drian``). The run is cut before a place or an
    institution, and before a particle followed by one (``Stoltenberg de Norvège``).
    """
    tokens = _tokens(view, start, end)
    if strip_leading:
        while tokens and fold(view[tokens[0][0] : tokens[0][1]]) in lex.NON_NAME_WORDS:
            tokens.pop(0)
    kept: list[tuple[int, int]] = []
    for index, (s, e) in enumerate(tokens):
        word = fold(view[s:e])
        if kept and (word in lex.NAME_PARTICLES or word in lex.CAPITALISED_PARTICLES) and index + 1 < len(tokens):
            following = fold(view[tokens[index + 1][0] : tokens[index + 1][1]])
            if _is_place(following) or following in lex.NON_NAME_WORDS:
                break
            kept.append((s, e))
            continue
        if kept and (_is_place(word) or word in lex.NON_NAME_WORDS):
            break
        kept.append((s, e))
    while kept and fold(view[kept[-1][0] : kept[-1][1]]) in lex.NAME_PARTICLES:
        kept.pop()
    if not kept:
        return None
    return kept[0][0], kept[-1][1]


def _is_place(word: str) -> bool:
    return (
        word in places.COUNTRIES
        or word in places.NOT_PEOPLE
        or word in places.ORGANISATIONS
        or word in places.NATIONALITIES
    )


def _plausible(view: str, start: int, end: int) -> bool:
    """A name may follow a title or honorific: not a place, an institution or an acronym."""
    text = view[start:end]
    folded = fold(text)
    if folded in places.NOT_PEOPLE or folded in places.COUNTRIES or folded in places.ORGANISATIONS:
        return False
    words = text.split()
    if len(words) == 1 and fold(words[0]) in lex.NON_NAME_WORDS:
        return False
    return not (len(words) == 1 and len(words[0]) <= 5 and words[0].isupper())


def _given_like(word: str) -> bool:
    folded = fold(word)
    if folded in lex.GIVEN_NAMES:
        return True
    parts = folded.split("-")
    return len(parts) > 1 and all(p in lex.GIVEN_NAMES for p in parts)


def _surname_keys(name: str) -> set[str]:
    words = name.split()
    keys: set[str] = set()
    if len(words) >= 2:
        keys.add(fold(" ".join(words[1:])))
    for word in words[1:] if len(words) >= 2 else words:
        folded = fold(word)
        if folded not in lex.NAME_PARTICLES and len(folded) >= 3:
            keys.add(folded)
            if "-" in folded and folded.split("-", 1)[0] in lex.NAME_PREFIXES:
                keys.add(folded.split("-", 1)[1])
    if len(words) == 1:
        keys.add(fold(words[0]))
    return keys


def _person(
    document: Document, start: int, name_start: int, name_end: int, honorific: str | None, role: RoleMention | None
) -> PersonMention:
    name_span = document.span(name_start, name_end)
    return PersonMention(
        span=document.span(start, name_end),
        name=_collapse(name_span.text),
        name_span=name_span,
        honorific=honorific,
        role=role,
    )


class _Occupied:
    """Characters already covered, as a byte mask: overlap checks cost O(span), not O(mentions)."""

    def __init__(self, length: int) -> None:
        self._mask = bytearray(length)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._mask[start:end]


def find(document: Document) -> tuple[PersonMention, ...]:
    """Every person mention in *document*, sorted by offset, none overlapping another."""
    view = _text.folded_view(document)
    patterns = _patterns()
    roles = _roles(document, view)
    role_index = {id(role): index for index, role in enumerate(roles)}
    roles_by_start: dict[int, _Role] = {}
    for role in roles:
        roles_by_start[role.start] = role
        roles_by_start.setdefault(role.head_start, role)

    named: dict[int, PersonMention] = {}  # by name start
    used_roles: set[int] = set()

    # 1. honorific + name
    for match in patterns.honorific.finditer(view):
        name = patterns.name.match(view, match.end())
        if name is None:
            continue
        cleaned = _clean_name(view, name.start(), name.end(), strip_leading=False)
        if cleaned is None or not _plausible(view, *cleaned):
            continue
        honorific = lex.HONORIFICS[match.group("hon")]
        named[cleaned[0]] = _person(document, match.start(), cleaned[0], cleaned[1], honorific, None)

    # 2. title + name
    for index, role in enumerate(roles):
        link = patterns.link.match(view, role.end)
        if link is None:
            continue
        name = patterns.name.match(view, link.end())
        if name is None:
            continue
        cleaned = _clean_name(view, name.start(), name.end(), strip_leading=False)
        if cleaned is None or not _plausible(view, *cleaned):
            continue
        if "," in link.group() and link.group("hon") is None and len(view[cleaned[0] : cleaned[1]].split()) == 1:
            continue  # ``le premier ministre, Bagdad`` is too weak a link for one word
        existing = named.get(cleaned[0])
        if existing is not None:
            named[cleaned[0]] = attrs.evolve(existing, role=existing.role or role.mention)
        else:
            named[cleaned[0]] = _person(document, cleaned[0], cleaned[0], cleaned[1], None, role.mention)
        used_roles.add(index)

    # 3. bare names
    taken = _Occupied(len(view))
    for mention in named.values():
        taken.add(mention.span.start, mention.span.end)
    role_spans = _Occupied(len(view))
    for role in roles:
        role_spans.add(role.head_start, role.end)
    known_names = {fold(m.name) for m in named.values() if m.name}
    known_surnames: set[str] = set()
    for mention in named.values():
        if mention.name:
            known_surnames |= _surname_keys(mention.name)
    singles: list[tuple[int, int]] = []
    for match in patterns.name.finditer(view):
        if taken.overlaps(match.start(), match.end()):
            continue
        cleaned = _clean_name(view, match.start(), match.end(), strip_leading=True)
        if cleaned is None or role_spans.overlaps(*cleaned):
            continue
        start, end = cleaned
        words = view[start:end].split()
        if len(words) == 1:
            singles.append(cleaned)
            continue
        if any(
            (fold(w) in lex.NON_NAME_WORDS or _is_place(fold(w)))
            and fold(w) not in lex.NAME_PARTICLES
            and fold(w) not in lex.CAPITALISED_PARTICLES
            for w in words
        ):
            continue
        if any(len(w) > 1 and w.isupper() for w in words):
            continue
        full = fold(view[start:end])
        if not (
            _given_like(words[0])
            or full in known_names
            or full in known_surnames
            or patterns.cue_before.search(view, max(0, start - 60), start) is not None
            or patterns.cue_after.match(view, end) is not None
        ):
            continue
        named[start] = _person(document, start, start, end, None, None)
        taken.add(start, end)
        known_surnames |= _surname_keys(view[start:end])

    # 4. surnames alone
    for start, end in singles:
        if fold(view[start:end]) in known_surnames and not taken.overlaps(start, end):
            named[start] = _person(document, start, start, end, None, None)
            taken.add(start, end)

    # 5. appositions after a name
    mentions: list[PersonMention] = []
    for start in sorted(named):
        mention = named[start]
        mentions.append(mention)
        comma = patterns.comma.match(view, mention.span.end)
        if comma is None or comma.end() == mention.span.end:
            continue
        appositive = roles_by_start.get(comma.end())
        if appositive is None or appositive.start != comma.end() or role_index[id(appositive)] in used_roles:
            continue
        role = appositive
        if role.is_rank_only and role.mention.organisation is None and role.mention.country is None:
            continue  # ``Jens Stoltenberg, général`` is not a phrase of the genre
        used_roles.add(role_index[id(role)])
        if mention.role is None:
            mentions[-1] = attrs.evolve(mention, role=role.mention)
        else:
            mentions.append(
                PersonMention(
                    span=role.mention.span,
                    name=mention.name,
                    name_span=mention.name_span,
                    honorific=mention.honorific,
                    role=role.mention,
                )
            )

    # 6. bare titles used as a reference
    for index, role in enumerate(roles):
        if index in used_roles or not role.definite:
            continue
        if role.is_rank_only and fold(view[role.start : role.head_start]).strip() not in ("le", "du", "au"):
            continue
        if lex.TITLES.get(fold(role.mention.title)) == "secretaire" and role.mention.office is None:
            continue  # ``la secrétaire`` alone is not a title of the genre
        det = fold(view[role.start : role.head_start]).strip()
        if det in ("du", "de la", "de l'", "a la", "a l'", "au") and _after_institution(view, role.start):
            continue
        mentions.append(PersonMention(span=document.span(role.start, role.end), name=None, role=role.mention))

    mentions.sort(key=lambda m: (m.span.start, -(m.span.end - m.span.start)))
    result: list[PersonMention] = []
    last_end = -1
    for mention in mentions:
        if mention.span.start >= last_end:
            result.append(mention)
            last_end = mention.span.end
    return tuple(result)


def _after_institution(view: str, position: int) -> bool:
    """True when an institution's name runs up to *position* (``Bureau du conseiller``)."""
    window_start = max(0, position - 60)
    window = view[window_start:position]
    cut = max(window.rfind(c) for c in ",;:.()\n")
    window = window[cut + 1 :]
    return any(window[match.start()].isupper() for match in _patterns().institution.finditer(window))
