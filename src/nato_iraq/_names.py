"""Name keys: when two spellings are the same person.

French and English sources transliterate Arabic names differently (``Haïdar`` / ``Haider``,
``al-Kazimi`` / ``al-Kadhimi``, ``Moustafa`` / ``Mustafa``). A key that survives those variants is
a *consonant skeleton*: fold accents and case, rewrite the digraphs that transliterations swap
(``ou``→``u``, ``dh``→``z``, ``kh``→``k``, ...), then keep the first letter and the consonants.
Particles (``al-``, ``de``, ``von``) are dropped. Two names are the same person when their surname
skeletons are equal and their given names, where both have one, are too.
"""

import functools
import re
import unicodedata

__all__ = ["NameKey", "display_slug", "fold", "name_key", "skeleton"]

PARTICLES = frozenset(
    [
        "al",
        "el",
        "al-",
        "el-",
        "ad",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "de",
        "du",
        "des",
        "da",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "ben",
        "bin",
        "ibn",
        "abou",
        "abu",
        "ould",
        "la",
        "le",
    ]
)
"""Lower-case name particles, dropped from keys (kept in display names)."""

HONORIFICS = frozenset(
    {"m", "m.", "mme", "mme.", "mlle", "mm.", "dr", "dr.", "pr", "me", "mr", "mr.", "mrs", "ms", "sir"}
)

_DIGRAPHS = (
    ("ou", "u"),
    ("dh", "z"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "s"),
    ("ph", "f"),
    ("q", "k"),
    ("ck", "k"),
    ("c", "k"),
    ("y", "i"),
    ("w", "u"),
    ("j", "g"),
)
_VOWELS = re.compile(r"(?<!^)[aeiou']")
_REPEATS = re.compile(r"(.)\1+")
_TOKEN = re.compile(r"[^\s\-]+")
_NOT_SKELETON = re.compile(r"[^a-z']")


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case with accents removed and apostrophes folded (``L’OTAN`` → ``l'otan``)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2011", "-").replace("\u00a0", " ")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=4096)
def skeleton(token: str) -> str:
    """The consonant skeleton of one name token.

    >>> skeleton("Kadhimi") == skeleton("Kazimi")
    True
    >>> skeleton("Haïdar") == skeleton("Haider")
    True
    """
    word = _NOT_SKELETON.sub("", fold(token))
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = _VOWELS.sub("", word)
    return _REPEATS.sub(r"\1", word)


NameKey = tuple[tuple[str, ...], str]
"""Given-name skeletons and the surname skeleton."""


_LOWER_PARTICLES = frozenset("de du des da di del della van von der den ter ten bin ibn ben zu dos das".split())
"""Particles that, written in lower case inside a name, start a compound surname
(``Jaap de Hoop Scheffer``, ``Ursula von der Leyen``)."""


def _split(name: str) -> tuple[list[str], list[str]]:
    """Given names and surname words of *name* (honorifics dropped, case as written)."""
    words = name.replace("\u00a0", " ").split()
    while words and (fold(words[0]) in HONORIFICS or fold(words[0]).rstrip(".") in HONORIFICS):
        words.pop(0)
    if not words:
        return [], []
    for index, word in enumerate(words):
        if word in _LOWER_PARTICLES:  # lower case as written: a compound surname starts here
            return words[:index], words[index:]
    return words[:-1], words[-1:]


def _surname_skeleton(words: list[str]) -> str:
    parts = [p for w in words for p in _TOKEN.findall(fold(w)) if p.strip(".")]
    kept = [p for p in parts if p not in PARTICLES and p.rstrip("-") not in PARTICLES] or parts
    return skeleton("".join(kept))


@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> NameKey:
    """``(given-name skeletons, surname skeleton)`` of a person's name.

    A compound surname (after a lower-case particle: ``de Hoop Scheffer``) is one surname, and
    particles (``al-``, ``von``) do not count, so transliterations and honorifics agree:

    >>> name_key("Moustafa al-Kazimi") == name_key("Mustafa Al-Kadhimi")
    True
    >>> name_key("M. Stoltenberg")
    ((), 'stltnbrg')
    >>> name_key("M. de Hoop Scheffer")[1] == name_key("Jaap de Hoop Scheffer")[1]
    True
    """
    given, surname = _split(name)
    if not surname:
        return ((), skeleton(name))
    given_keys = tuple(skeleton(w) for w in given if fold(w) not in PARTICLES and skeleton(w))
    return (given_keys, _surname_skeleton(surname))


def same_person(a: NameKey, b: NameKey) -> bool:
    """True when two keys can name the same person (a surname alone matches any given name)."""
    if a[1] != b[1]:
        return False
    if not a[0] or not b[0]:
        return True
    return a[0][0] == b[0][0]


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=4096)
def display_slug(text: str) -> str:
    """A stable, readable id from a name (``Haïdar al-Abadi`` → ``haidar-al-abadi``).

    Cached: resolution makes an id for every official of every document, and the same names
    come back from one document to the next.
    """
    slug = _NOT_SLUG.sub("-", fold(text)).strip("-")
    return slug or "unnamed"
