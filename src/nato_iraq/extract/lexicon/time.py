"""Time vocabulary of news copy, one table set per language: months, weekdays, relative words.

Every key is in the folded form of :func:`nato_iraq.extract.lexicon.fold` (lower case, no
accents, ``'`` for apostrophes); the extractor builds accent- and case-insensitive patterns from
these keys, so ``fevrier`` here matches ``février``, ``Février`` and ``fevrier`` in a text.

A language is one :class:`TimeLexicon` record in :data:`LEXICONS` (``"fr"``, ``"en"``): adding a
spelling is a one-line change in one table, adding a language is adding a record (plus, in the
extractor, the few grammar fragments where its word order differs). Nothing here holds logic.
"""

from collections.abc import Mapping
from typing import Literal

import attrs

__all__ = [
    "ENGLISH",
    "ENGLISH_MONTHS",
    "FRENCH",
    "FRENCH_MONTHS",
    "LEXICONS",
    "NumericOrder",
    "TimeLexicon",
    "Unit",
]

Unit = Literal["day", "week", "month", "year"]
"""The calendar unit a relative expression counts in."""

NumericOrder = Literal["dmy", "mdy"]
"""How a language writes an all-numeric date: ``14/02/2018`` (day first) or ``02/14/2018``."""


@attrs.frozen(eq=False)
class TimeLexicon:
    """The time words of one language, each table with the role the extractor gives it.

    Tables a language lacks are empty: the pattern part built from them is left out.
    """

    months: Mapping[str, int]
    """Month names written in full -> month number, matched next to a day or a year."""
    abbreviations: Mapping[str, int]
    """Abbreviated month names (``déc.``, ``Feb.``), matched only next to a day or a year."""
    dot_required: frozenset[str]
    """Abbreviations that are a month only with their dot (French ``sept`` is also *seven*)."""
    bare_months: Mapping[str, int]
    """Month names that make a date on their own after a :attr:`month_triggers` word."""
    month_first: Mapping[str, int]
    """Month names that may come before the day (``March 5, 2018``)."""
    month_first_native: bool
    """True when the language itself writes the month first: the day may then stand without a
    year (``March 5``), in ranges too (``July 31 to August 3, 2017``). French only reads
    ``February 5, 2018`` quoted from English, with its year."""
    bare_month_lower: bool
    """A bare month must be written in lower case in the text (French prose writes months so;
    a capitalised ``Mai`` alone is more often a name)."""
    months_capitalised: bool
    """Every month name must be written with a capital (English: ``may`` is the modal verb)."""
    weekdays: Mapping[str, int]
    """Weekdays -> :meth:`datetime.date.weekday` numbers (Monday is 0)."""
    day_words: Mapping[str, int]
    """Words or forms that stand for a day number (French ``1er``, ``premier``)."""
    number_suffixes: tuple[str, ...]
    """Letters that may follow a number inside an expression (ordinals ``5th``; decades ``1990s``)."""
    ordinal_suffixes: tuple[str, ...]
    """Ordinal endings a day number may carry in a date (``March 5th``)."""
    of_words: tuple[str, ...]
    """Links between a part and what it is part of (``fin de 2019``, ``the end of 2019``)."""
    next_words: frozenset[str]
    """Words that point forward (``jeudi prochain``, ``next Thursday``)."""
    previous_words: frozenset[str]
    """Words that point back (``mardi dernier``, ``last Tuesday``)."""
    this_words: frozenset[str]
    """Demonstratives that pin a season to the document's year (``cet été``, ``this summer``)."""
    relative_phrases: Mapping[str, tuple[Unit, int]]
    """Deictic phrases -> (unit, offset from the document date). The article belongs to the
    phrase and stays in the span."""
    fuzzy_parts: Mapping[str, tuple[tuple[int, int], tuple[int, int]]]
    """Fuzzy parts -> (months of a year, days of a month) they cover, inclusive."""
    whole_parts: tuple[str, ...]
    """Words that name a whole year or month as the time of an event (``courant 2019``)."""
    periods: Mapping[str, tuple[int, int]]
    """Named parts of a year -> (first month, last month)."""
    seasons: tuple[str, ...]
    """Keys of :attr:`periods` that stand without a year after a determiner (``l'automne``)."""
    restricted_seasons: frozenset[str]
    """Seasons whose word has another common meaning: read only in a narrower frame."""
    month_triggers: tuple[str, ...]
    """Words that make a bare month name a date (``en septembre``, ``in March``); not in the span
    (TimeML signals), except the :attr:`since_words`, which make a SINCE."""
    year_triggers: tuple[str, ...]
    """Words that make a bare four-digit number a year (``en 2014``, ``since 2018``)."""
    leading_words: tuple[str, ...]
    """Prepositions and articles stripped from the front of a point, range or fuzzy span."""
    since_words: tuple[str, ...]
    """Words that turn a point into a SINCE and stay in its span."""
    number_words: Mapping[str, int]
    """Cardinal number words used in durations."""
    article_counts: frozenset[str]
    """The articles among :attr:`number_words`: ``un jour``, ``a day`` are durations only after a
    duration word (``pendant un an``, ``a year ago``); alone they are a noun phrase."""
    vague_counts: frozenset[str]
    """Counts with no number (``quelques``, ``a few``)."""
    duration_openers: tuple[str, ...]
    """Prepositions that open a duration and are not part of its span (``pendant deux ans``)."""
    duration_frames: tuple[str, ...]
    """Openers of ``<frame> [count] <adjective> [count] <unit>``, kept in the span
    (``au cours des deux dernières années``, ``over the past two years``)."""
    duration_adjectives: Mapping[str, int]
    """Adjectives of a framed duration -> direction: -1 counts back from the document date,
    +1 forward, 0 neither (``premières``, ``first``)."""
    ago_prefixes: tuple[str, ...]
    """Words before ``<count> <unit>`` that count it back as a point (``il y a deux ans``)."""
    ago_suffixes: tuple[str, ...]
    """Words after ``<count> <unit>`` that count it back as a point (``two years ago``)."""
    ahead_prefixes: tuple[str, ...]
    """Words before ``<count> <unit>`` that count it forward as a point (``dans trois semaines``)."""
    ahead_needs_future: bool
    """An :attr:`ahead_prefixes` point needs a future clause: English ``in two weeks`` is forward
    in ``will decide in two weeks`` but a span in ``the first attack in two years``."""
    since_prefixes: tuple[str, ...]
    """Words before ``<count> <unit>`` that make it the span up to the document date
    (``depuis trois mois``)."""
    duration_units: Mapping[str, Unit]
    """Units of duration (singular and plural) -> calendar unit."""
    unit_multipliers: Mapping[str, int]
    """Units that count several calendar units (``decade`` = 10 years)."""
    singular_units: frozenset[str]
    """Units in the singular: after an opener and a direction adjective with no count, the count
    is one (``over the past year``); with no opener the phrase is anaphoric (``the next day``)."""
    counted_nouns: frozenset[str]
    """Nouns a count is made of in this genre: a year-like number followed by one of them is a
    count, not a year (``de 1900 à 2000 soldats``)."""
    future_cues: frozenset[str]
    """Words that put a clause in the future: a month or a weekday near them reads forward."""
    past_cues: frozenset[str]
    """Words that put a clause in the past: a month or a weekday near them reads back."""
    future_suffixes: tuple[str, ...]
    """Endings of future-tense verbs (French ``-era``, ``-iront``...)."""
    suffix_exceptions: frozenset[str]
    """Words with a :attr:`future_suffixes` ending that are not verbs."""
    clause_words: tuple[str, ...]
    """Words that open a new clause: the tense of the clause before them does not carry over."""
    key_words: tuple[str, ...]
    """Words (besides numbers, months, weekdays) without which no temporal expression exists:
    the scan starts from them."""
    key_phrases: tuple[str, ...]
    """Phrases that are keys where their last word alone would be too common (``ce soir``)."""
    key_openers: str
    """Characters (besides a space) after which a key may start: ``(2004``, ``l'an``, ``“Today``."""
    pattern_words: tuple[str, ...]
    """Words the language's grammar fragments spell out themselves (openers, links, determiners)."""
    numeric_order: NumericOrder
    """The order of an ambiguous all-numeric date (``03/04/2018``)."""

    @property
    def every_month(self) -> dict[str, int]:
        """Every month spelling -> month number."""
        return {**self.months, **self.abbreviations, **self.month_first}


# --- French ---------------------------------------------------------------------------------------

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

#: English month names: French copy quoting English sources or NATO's English pages writes
#: ``February 2018``; English copy writes nothing else.
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

_FRENCH_FUTURE_CUES = """
sera seront serait seraient aura auront fera feront va vont ira iront pourra pourront pourrait
pourraient devra devront devrait devraient doit doivent verra verront faudra tiendra tiendront
viendra viendront prevu prevue prevus prevues programme programmee envisage envisagee attendu
attendue prochain prochaine prochains prochaines d'ici
"""

#: The numbers of seasons and year parts, shared by both languages' period tables.
_SPRING, _SUMMER, _AUTUMN = (3, 5), (6, 8), (9, 11)

FRENCH = TimeLexicon(
    months={**FRENCH_MONTHS, **ENGLISH_MONTHS},
    # agency datelines and web stamps (``16 déc. 2004``, ``janv. 2017``)
    abbreviations={
        "janv": 1,
        "fevr": 2,
        "fev": 2,
        "avr": 4,
        "juil": 7,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    dot_required=frozenset({"sept"}),
    bare_months=FRENCH_MONTHS,
    # ``May`` is also a surname: an English month leads only in ``February 5, 2018``
    month_first=ENGLISH_MONTHS,
    month_first_native=False,
    bare_month_lower=True,
    months_capitalised=False,
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    day_words={"1er": 1, "1re": 1, "premier": 1},
    number_suffixes=("er", "re"),
    ordinal_suffixes=(),
    of_words=("de",),
    next_words=frozenset({"prochain", "prochaine", "prochains", "prochaines"}),
    previous_words=frozenset({"dernier", "derniere", "derniers", "dernieres", "passe", "passee", "passes", "passees"}),
    this_words=frozenset({"ce", "cet"}),
    relative_phrases={
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
    },
    # ``mi-2022`` is May..August (the middle third); ``début``/``fin`` are the first and last
    # quarter of a year (``fin 2017`` = October..December), the first and last ten days of a month
    # (``fin mars`` = 21..31). April and September belong to none: the windows are kept narrow on
    # purpose, as wire copy uses ``début``/``fin`` for the very edges of a year.
    fuzzy_parts={
        "debut": ((1, 3), (1, 10)),
        "mi": ((5, 8), (11, 20)),
        "milieu": ((5, 8), (11, 20)),
        "fin": ((10, 12), (21, 31)),
    },
    whole_parts=("courant",),
    # seasons follow the meteorological convention; winter straddles two years and is left out
    periods={
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
        "printemps": _SPRING,
        "ete": _SUMMER,
        "automne": _AUTUMN,
    },
    seasons=("printemps", "ete", "automne"),
    # ``été`` alone is the participle of ``a été``: a season only after ``l'``/``cet``
    restricted_seasons=frozenset({"ete"}),
    month_triggers=(
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
    ),
    # without one, ``2170`` may be a resolution and ``2000`` a head count
    year_triggers=(
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
    ),
    leading_words=(
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
    ),
    since_words=("depuis",),
    number_words={
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
    },
    article_counts=frozenset({"un", "une"}),
    vague_counts=frozenset({"quelques", "plusieurs", "de nombreuses", "de nombreux"}),
    duration_openers=("pendant", "durant", "en", "sur", "pour"),
    duration_frames=("au cours des", "pendant les", "durant les", "lors des", "dans les", "ces", "les", "des"),
    duration_adjectives={
        "derniere": -1,
        "dernieres": -1,
        "derniers": -1,
        "prochaine": 1,
        "prochaines": 1,
        "prochains": 1,
        "premiere": 0,
        "premieres": 0,
        "premiers": 0,
    },
    ago_prefixes=("il y a",),
    ago_suffixes=(),
    ahead_prefixes=("dans",),
    ahead_needs_future=False,
    since_prefixes=("depuis",),
    duration_units={
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
    },
    unit_multipliers={},
    singular_units=frozenset({"jour", "journee", "semaine", "an", "annee"}),
    counted_nouns=frozenset(
        """
        soldats militaires hommes femmes personnes membres instructeurs formateurs conseillers experts
        agents policiers combattants jihadistes djihadistes troupes morts victimes blesses refugies
        deplaces civils participants representants km kilometres metres tonnes euros dollars habitants
        personnels officiers recrues
        """.split()
    ),
    # auxiliaries, modals, "prévu": ``pourrait être lancée en juillet`` reads forward
    future_cues=frozenset(_FRENCH_FUTURE_CUES.split()),
    # auxiliaries of the passé composé and plus-que-parfait, ``hier``
    past_cues=frozenset(
        [
            *"a ont avait avaient ai avons avez eu etait etaient fut furent s'est hier dernier derniere".split(),
            "passe",
            "passee",
            "se sont",
        ]
    ),
    future_suffixes=("eront", "era", "iront", "ira", "dront", "dra"),
    suffix_exceptions=frozenset(
        {"camera", "opera", "riviera", "galera", "chimera", "cathedra", "tiara", "hydra", "mantra"}
    ),
    clause_words=("que", "qu'", "qui", "dont", "et", "mais"),
    # ``été``, ``soir``, ``matin``, ``nuit`` only make a phrase after ``ce``/``cette``/``l'``
    # (``hier``, ``demain`` are keys themselves), so those phrases are the keys
    key_words=tuple(
        """
        aujourd hier demain semaine semaines mois an ans annee annees jour jours journee journees debut mi
        milieu fin courant printemps automne semestre trimestre
        """.split()
    ),
    key_phrases=("l'ete", "cet ete", "ce soir", "ce matin", "cette nuit", "cet apres"),
    key_openers="\n'(«\"/[-",
    pattern_words=tuple(
        """
        du de d' entre les le la l' et au a jusqu'au jusqu'a jusqu'en il y cours des pendant durant lors
        dans ces sur pour en depuis ce cet cette mois an annee annees semaine er re premier premiere
        premieres premiers dernieres derniers prochaines prochains
        """.split()
    ),
    numeric_order="dmy",
)


# --- English --------------------------------------------------------------------------------------

_ENGLISH_NUMBERS = """
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty
""".split()

#: Modals and words of plan or schedule: ``would be launched in July`` reads forward. ``may`` is
#: a cue only in lower case (the extractor reads a cue that is also a month name so).
_ENGLISH_FUTURE_CUES = """
will shall would should could may might must won't plan plans planned planning scheduled expected expect
expects due upcoming intends intend aims aim next coming
"""

#: Auxiliaries of the past and perfect, and simple pasts of wire copy that are no participle: a
#: regular past (``launched``) is also the participle of a passive future (``could be launched in
#: July``), so it is no cue; with no cue at all, the past is read anyway.
_ENGLISH_PAST_CUES = """
was were had has have did said told met began took came went ago last earlier yesterday
"""

ENGLISH = TimeLexicon(
    months=ENGLISH_MONTHS,
    # AP and Reuters style (``Feb. 14``, ``Feb 14``); ``mar``, ``jun``, ``jul`` are rare but
    # unambiguous next to a number. ``sept`` is written both with and without its dot.
    abbreviations={
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    dot_required=frozenset(),
    bare_months=ENGLISH_MONTHS,
    month_first=ENGLISH_MONTHS,
    month_first_native=True,
    bare_month_lower=False,
    months_capitalised=True,
    weekdays={
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    },
    day_words={},
    number_suffixes=("st", "nd", "rd", "th", "s", "'s"),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    of_words=("of",),
    next_words=frozenset({"next"}),
    previous_words=frozenset({"last"}),
    this_words=frozenset({"this"}),
    relative_phrases={
        "today": ("day", 0),
        "tonight": ("day", 0),
        "this morning": ("day", 0),
        "this afternoon": ("day", 0),
        "this evening": ("day", 0),
        "yesterday": ("day", -1),
        "yesterday morning": ("day", -1),
        "yesterday afternoon": ("day", -1),
        "yesterday evening": ("day", -1),
        "last night": ("day", -1),
        "the day before yesterday": ("day", -2),
        "tomorrow": ("day", 1),
        "tomorrow morning": ("day", 1),
        "the day after tomorrow": ("day", 2),
        "this week": ("week", 0),
        "earlier this week": ("week", 0),
        "later this week": ("week", 0),
        "last week": ("week", -1),
        "next week": ("week", 1),
        "this month": ("month", 0),
        "earlier this month": ("month", 0),
        "later this month": ("month", 0),
        "last month": ("month", -1),
        "next month": ("month", 1),
        "this year": ("year", 0),
        "earlier this year": ("year", 0),
        "later this year": ("year", 0),
        "last year": ("year", -1),
        "next year": ("year", 1),
    },
    # the same windows as the French ``début``/``mi``/``fin``
    fuzzy_parts={
        "early": ((1, 3), (1, 10)),
        "beginning": ((1, 3), (1, 10)),
        "start": ((1, 3), (1, 10)),
        "mid": ((5, 8), (11, 20)),
        "middle": ((5, 8), (11, 20)),
        "late": ((10, 12), (21, 31)),
        "end": ((10, 12), (21, 31)),
    },
    whole_parts=(),
    periods={
        "first half": (1, 6),
        "second half": (7, 12),
        "first quarter": (1, 3),
        "second quarter": (4, 6),
        "third quarter": (7, 9),
        "fourth quarter": (10, 12),
        "last quarter": (10, 12),
        "final quarter": (10, 12),
        "spring": _SPRING,
        "summer": _SUMMER,
        "autumn": _AUTUMN,
        "fall": _AUTUMN,
    },
    seasons=("spring", "summer", "autumn", "fall"),
    # ``fall`` is also a noun (``the fall of Mosul``): a season only after this/last/next or in
    # ``in the fall``
    restricted_seasons=frozenset({"fall"}),
    month_triggers=("in", "since", "by", "until", "till", "through", "before", "after", "during", "from", "as of"),
    # without one, ``2170`` may be a resolution number and ``2000`` a head count; ``the`` makes
    # one of an attributive year (``the 2003 invasion``; ``the 2000 troops`` is a count)
    year_triggers=(
        "the",
        "in",
        "since",
        "by",
        "until",
        "till",
        "through",
        "before",
        "after",
        "during",
        "throughout",
        "from",
        "as of",
        "the year",
        "in the year",
    ),
    leading_words=(
        "on",
        "in",
        "at",
        "by",
        "since",
        "until",
        "till",
        "through",
        "the",
        "during",
        "throughout",
        "before",
        "after",
        "as of",
    ),
    since_words=("since",),
    number_words={"a": 1, "an": 1, **{word: n for n, word in enumerate(_ENGLISH_NUMBERS, 1)}, "thirty": 30},
    article_counts=frozenset({"a", "an"}),
    vague_counts=frozenset({"a few", "few", "several", "many", "a couple of", "some"}),
    # TimeML signals: ``over``/``in``/``for`` stay out of the span (``over the past two years`` ->
    # ``the past two years``, as ``pendant les deux dernières années`` -> ``les deux dernières années``)
    duration_openers=("for", "during", "over", "within", "throughout"),
    duration_frames=("the",),
    duration_adjectives={
        "past": -1,
        "last": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
        "upcoming": 1,
        "first": 0,
    },
    ago_prefixes=(),
    ago_suffixes=("ago",),
    ahead_prefixes=("in",),
    ahead_needs_future=True,
    since_prefixes=(),
    duration_units={
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
        "decade": "year",
        "decades": "year",
    },
    unit_multipliers={"decade": 10, "decades": 10},
    singular_units=frozenset({"day", "week", "month", "year", "decade"}),
    counted_nouns=frozenset(
        """
        troops soldiers personnel people men women members trainers instructors advisers advisors experts
        staff police policemen officers fighters militants jihadists casualties dead victims wounded
        refugees civilians participants representatives delegates km kilometres kilometers miles metres
        meters tonnes tons euros dollars residents recruits servicemembers contractors
        """.split()
    ),
    future_cues=frozenset(_ENGLISH_FUTURE_CUES.split()),
    past_cues=frozenset(_ENGLISH_PAST_CUES.split()),
    future_suffixes=(),
    suffix_exceptions=frozenset(),
    clause_words=("that", "which", "who", "whose", "and", "but"),
    # fuzzy parts (``late``, ``end``) are reached from the number or the month after them
    key_words=tuple(
        """
        today tonight yesterday tomorrow day days week weeks month months year years decade decades
        spring summer autumn fall
        """.split()
    ),
    key_phrases=("this morning", "this afternoon", "this evening", "last night"),
    key_openers="\n'(\"/[-\u201c\u2018\u2014\u2013",
    pattern_words=tuple(
        """
        the this last next of and to until till through from between in on by ago a an at as day before
        after earlier later
        """.split()
    ),
    numeric_order="mdy",
)

#: Every language the extractor reads, by ISO 639-1 code.
LEXICONS: dict[str, TimeLexicon] = {"fr": FRENCH, "en": ENGLISH}
