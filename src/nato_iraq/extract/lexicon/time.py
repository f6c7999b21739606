"""Time vocabulary of French news copy: months, weekdays, relative words, fuzzy parts.

Every key is in the folded form of :func:`nato_iraq.extract.lexicon.fold` (lower case, no
accents, ``'`` for apostrophes); the extractor builds accent- and case-insensitive patterns from
these keys, so ``fevrier`` here matches ``février``, ``Février`` and ``fevrier`` in a text.
Adding a spelling is a one-line change in one table; nothing here holds logic.
"""

from typing import Literal

__all__ = [
    "ARTICLE_COUNTS",
    "COUNTED_NOUNS",
    "DOT_REQUIRED",
    "DURATION_OPENERS",
    "DURATION_UNITS",
    "ENGLISH_MONTHS",
    "FRENCH_MONTHS",
    "FUTURE_CUES",
    "FUTURE_SUFFIX_EXCEPTIONS",
    "FUZZY_PARTS",
    "LEADING_WORDS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_TRIGGERS",
    "NEXT_WORDS",
    "NUMBER_WORDS",
    "PAST_CUES",
    "PERIODS",
    "PREVIOUS_WORDS",
    "RELATIVE_PHRASES",
    "SEASONS",
    "VAGUE_COUNTS",
    "WEEKDAYS",
    "Unit",
]

Unit = Literal["day", "week", "month", "year"]
"""The calendar unit a relative expression counts in."""

#: French month names, as written in full (folded). Matched on their own after a trigger
#: (``en septembre``, ``de mai``) as well as inside dates.
FRENCH_MONTHS: dict[str, int] = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
}

#: Abbreviations used in agency datelines and web stamps (``16 déc. 2004``, ``janv. 2017``).
#: Matched only next to a day or a year. ``sept`` must carry its dot (without it, it is the
#: number seven: ``sept soldats``); the others may drop it (``16 déc 2004``).
MONTH_ABBREVIATIONS: dict[str, int] = {
    "janv": 1,
    "fevr": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

#: Abbreviations that are only a month when followed by a dot.
DOT_REQUIRED: frozenset[str] = frozenset({"sept"})

#: English month names: French copy quoting English sources or NATO's English pages writes
#: ``February 2018``. Matched only next to a day or a year (``May`` is also a surname).
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}

#: Every month spelling -> month number.
MONTHS: dict[str, int] = {**FRENCH_MONTHS, **MONTH_ABBREVIATIONS, **ENGLISH_MONTHS}

#: Weekdays -> :meth:`datetime.date.weekday` numbers (Monday is 0).
WEEKDAYS: dict[str, int] = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}

#: Words after a date or a weekday that point forward (``jeudi prochain``, ``1er mai prochain``).
NEXT_WORDS: frozenset[str] = frozenset({"prochain", "prochaine", "prochains", "prochaines"})

#: Words after a date or a weekday that point back (``mardi dernier``, ``le mois passé``).
PREVIOUS_WORDS: frozenset[str] = frozenset(
    {"dernier", "derniere", "derniers", "dernieres", "passe", "passee", "passes", "passees"}
)

#: Deictic phrases -> (unit, offset from the document date). ``hier`` is one day back,
#: ``l'an passé`` one year back. The article belongs to the phrase and stays in the span.
RELATIVE_PHRASES: dict[str, tuple[Unit, int]] = {
    "aujourd'hui": ("day", 0),
    "ce matin": ("day", 0),
    "ce soir": ("day", 0),
    "cet apres-midi": ("day", 0),
    "cette nuit": ("day", 0),
    "hier": ("day", -1),
    "hier soir": ("day", -1),
    "hier matin": ("day", -1),
    "avant-hier": ("day", -2),
    "demain": ("day", 1),
    "demain matin": ("day", 1),
    "apres-demain": ("day", 2),
    "cette semaine": ("week", 0),
    "la semaine derniere": ("week", -1),
    "la semaine passee": ("week", -1),
    "la semaine prochaine": ("week", 1),
    "ce mois-ci": ("month", 0),
    "ce mois": ("month", 0),
    "le mois dernier": ("month", -1),
    "le mois passe": ("month", -1),
    "le mois prochain": ("month", 1),
    "cette annee": ("year", 0),
    "cette annee-ci": ("year", 0),
    "l'an dernier": ("year", -1),
    "l'an passe": ("year", -1),
    "l'annee derniere": ("year", -1),
    "l'annee passee": ("year", -1),
    "l'an prochain": ("year", 1),
    "l'annee prochaine": ("year", 1),
}

#: Fuzzy parts -> (months of a year, days of a month) they cover, inclusive.
#: ``mi-2022`` is May..August (the middle third); ``début``/``fin`` are the first and last
#: quarter of a year (``fin 2017`` = October..December), the first and last ten days of a month
#: (``fin mars`` = 21..31). April and September belong to none: the windows are kept narrow on
#: purpose, as wire copy uses ``début``/``fin`` for the very edges of a year.
FUZZY_PARTS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "debut": ((1, 3), (1, 10)),
    "mi": ((5, 8), (11, 20)),
    "milieu": ((5, 8), (11, 20)),
    "fin": ((10, 12), (21, 31)),
}

#: Named parts of a year -> (first month, last month). Seasons follow the meteorological
#: convention; winter straddles two years and is left out rather than guessed.
PERIODS: dict[str, tuple[int, int]] = {
    "premier semestre": (1, 6),
    "1er semestre": (1, 6),
    "second semestre": (7, 12),
    "deuxieme semestre": (7, 12),
    "2e semestre": (7, 12),
    "premier trimestre": (1, 3),
    "1er trimestre": (1, 3),
    "deuxieme trimestre": (4, 6),
    "2e trimestre": (4, 6),
    "second trimestre": (4, 6),
    "troisieme trimestre": (7, 9),
    "3e trimestre": (7, 9),
    "quatrieme trimestre": (10, 12),
    "dernier trimestre": (10, 12),
    "4e trimestre": (10, 12),
    "printemps": (3, 5),
    "ete": (6, 8),
    "automne": (9, 11),
}

#: Seasons (keys of :data:`PERIODS`) that stand without a year after a determiner or a
#: preposition (``d'ici l'automne``, ``depuis le printemps``, ``au printemps prochain``): the
#: year is the one the tense points to from the document date. ``été`` only counts after
#: ``l'``/``cet`` (``a été`` is a participle).
SEASONS: tuple[str, ...] = ("printemps", "ete", "automne")

#: Words that make a bare month name a date (``en septembre``, ``au mois de mai``, ``de mai``).
#: They are not part of the span (TimeML signals), except ``depuis``, which makes a SINCE.
#: A bare month must also be written in lower case, as French prose writes months.
MONTH_TRIGGERS: tuple[str, ...] = (
    "en",
    "depuis",
    "des",
    "de",
    "jusqu'en",
    "avant",
    "apres",
    "pour",
    "courant",
    "au mois de",
    "le mois de",
    "du mois de",
    "mois de",
    "d'ici",
    "d'ici a",
)

#: Words that make a bare four-digit number a year (``en 2014``, ``jusqu'en 2011``,
#: ``l'année 2018``): without one, ``2170`` may be a resolution and ``2000`` a head count.
YEAR_TRIGGERS: tuple[str, ...] = (
    "en",
    "depuis",
    "des",
    "jusqu'en",
    "d'ici",
    "d'ici a",
    "avant",
    "apres",
    "vers",
    "courant",
    "l'annee",
    "annee",
    "au cours de l'annee",
    "pour",
)

#: Prepositions and articles stripped from the front of a point, range or fuzzy span.
LEADING_WORDS: tuple[str, ...] = (
    "depuis",
    "des",
    "jusqu'a",
    "jusqu'au",
    "jusqu'en",
    "a",
    "au",
    "en",
    "le",
    "la",
    "les",
    "l'",
    "d'ici a",
    "d'ici",
    "avant",
    "apres",
    "vers",
    "pour",
)

#: Cardinal number words used in durations (``deux ans``, ``au cours des trois derniers mois``).
NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
}

#: The articles among :data:`NUMBER_WORDS`: ``un jour``, ``une semaine`` are durations only after
#: a duration word (``pendant un an``, ``depuis un mois``, ``il y a un an``, ``dans une semaine``);
#: alone they are a noun phrase (``C'est un jour important``).
ARTICLE_COUNTS: frozenset[str] = frozenset({"un", "une"})

#: Prepositions that open a duration (``pendant deux ans``, ``pour un an``); they are not part of
#: the span.
DURATION_OPENERS: tuple[str, ...] = ("pendant", "durant", "en", "sur", "pour")

#: Vague counts: a duration with no number (``quelques mois``, ``plusieurs années``).
VAGUE_COUNTS: frozenset[str] = frozenset({"quelques", "plusieurs", "de nombreuses", "de nombreux"})

#: Units of duration (singular and plural) -> calendar unit.
DURATION_UNITS: dict[str, Unit] = {
    "jour": "day",
    "jours": "day",
    "journee": "day",
    "journees": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "annee": "year",
    "annees": "year",
}

#: Nouns a count is made of in this genre: a year-like number followed by one of them is a
#: count, not a year (``de 1900 à 2000 soldats``).
COUNTED_NOUNS: frozenset[str] = frozenset(
    {
        "soldats",
        "militaires",
        "hommes",
        "femmes",
        "personnes",
        "membres",
        "instructeurs",
        "formateurs",
        "conseillers",
        "experts",
        "agents",
        "policiers",
        "combattants",
        "jihadistes",
        "djihadistes",
        "troupes",
        "morts",
        "victimes",
        "blesses",
        "refugies",
        "deplaces",
        "civils",
        "participants",
        "representants",
        "km",
        "kilometres",
        "metres",
        "tonnes",
        "euros",
        "dollars",
        "habitants",
        "personnels",
        "officiers",
        "recrues",
    }
)

#: Words that put a clause in the future (auxiliaries, modals, "prévu"): a month or a weekday
#: near them is read forward from the document date (``pourrait être lancée en juillet``).
FUTURE_CUES: frozenset[str] = frozenset(
    {
        "sera",
        "seront",
        "serait",
        "seraient",
        "aura",
        "auront",
        "fera",
        "feront",
        "va",
        "vont",
        "ira",
        "iront",
        "pourra",
        "pourront",
        "pourrait",
        "pourraient",
        "devra",
        "devront",
        "devrait",
        "devraient",
        "doit",
        "doivent",
        "verra",
        "verront",
        "faudra",
        "tiendra",
        "tiendront",
        "viendra",
        "viendront",
        "prevu",
        "prevue",
        "prevus",
        "prevues",
        "programme",
        "programmee",
        "envisage",
        "envisagee",
        "attendu",
        "attendue",
        "prochain",
        "prochaine",
        "prochains",
        "prochaines",
        "d'ici",
    }
)

#: Lower-case words with a future-tense ending (``-era``, ``-ira``, ``-dra``...) that are not
#: verbs.
FUTURE_SUFFIX_EXCEPTIONS: frozenset[str] = frozenset(
    {"camera", "opera", "riviera", "galera", "chimera", "cathedra", "tiara", "hydra", "mantra"}
)

#: Words that put a clause in the past (auxiliaries of the passé composé and plus-que-parfait,
#: ``hier``): a month or a weekday near them is read back from the document date.
PAST_CUES: frozenset[str] = frozenset(
    {
        "a",
        "ont",
        "avait",
        "avaient",
        "ai",
        "avons",
        "avez",
        "eu",
        "etait",
        "etaient",
        "fut",
        "furent",
        "s'est",
        "se sont",
        "hier",
        "dernier",
        "derniere",
        "passe",
        "passee",
    }
)
