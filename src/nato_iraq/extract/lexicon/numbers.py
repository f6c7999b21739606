"""Numbers, approximations and the nouns that make a number a count of personnel, per language.

The French tables come first (module-level names without prefix), the English ones after them
(``EN_`` names); each language's tables are gathered in a :class:`NumberLexicon` record in
:data:`LEXICONS`, which is what :mod:`nato_iraq.extract.figures` reads.

Every key is in :func:`~nato_iraq.extract.lexicon.fold` form (lower case, no accents, straight
apostrophe); :mod:`nato_iraq.extract.figures` builds accent-tolerant patterns from them, so
``près de`` and a careless ``pres de`` are the same entry.

The forms are those of French news wire copy (AFP, Belga, Reuters) and NATO's French releases:
troop and trainer counts are written in digits with a space, a no-break space or a dot as the
thousands separator (``4 000``, ``4.000``), in words for small round numbers (``cinquante``), or as
approximate nouns (``une dizaine de formateurs``, ``un millier de soldats``).
"""

from types import MappingProxyType
from typing import Final

import attrs

from ...model import Approximation
from .places import NATIONALITIES
from .time import FRENCH_MONTHS

__all__ = [
    "APPROXIMATE_NOUNS",
    "APPROXIMATIONS",
    "ARTICLES",
    "CHANGE_CUES",
    "COLLECTIVE_ARTICLES",
    "ENGLISH",
    "EN_APPROXIMATE_NOUNS",
    "EN_APPROXIMATIONS",
    "EN_ARTICLE_SCALES",
    "EN_CHANGE_CUES",
    "EN_INFORMANT_NOUNS",
    "EN_MULTIPLIERS",
    "EN_NATIONALITY_NOUNS",
    "EN_NOUNS_BEFORE",
    "EN_NOUN_DETERMINERS",
    "EN_NUMBER_WORDS",
    "EN_PERSONNEL_NOUNS",
    "EN_PLURAL_COLLECTIVES",
    "EN_POSTPOSED_APPROXIMATIONS",
    "EN_PRENOMINAL_ADJECTIVES",
    "EN_RANGE_NOUNS",
    "EN_STRENGTH_NOUNS",
    "EN_VAGUE_COLLECTIVES",
    "EN_VAGUE_DETERMINERS",
    "EN_VAGUE_QUANTIFIERS",
    "EN_VICTIM_CUES_BEFORE",
    "EN_VICTIM_WORDS",
    "EN_YEAR_CUES",
    "FRENCH",
    "INFORMANT_NOUNS",
    "LEXICONS",
    "MULTIPLIERS",
    "NATIONALITY_NOUNS",
    "NOUNS_BEFORE",
    "NOUN_DETERMINERS",
    "NUMBER_OF",
    "NUMBER_WORDS",
    "PERSONNEL_NOUNS",
    "PLURAL_COLLECTIVES",
    "POSTPOSED_APPROXIMATIONS",
    "PRENOMINAL_ADJECTIVES",
    "RANGE_NOUNS",
    "STRENGTH_NOUNS",
    "VAGUE_DETERMINERS",
    "VAGUE_QUANTIFIERS",
    "VICTIM_CUES_BEFORE",
    "VICTIM_WORDS",
    "YEAR_CUES",
    "NumberLexicon",
    "for_language",
]

#: Cardinal number words and their values. Compounds are parsed from these parts:
#: ``quatre-vingts`` (4 x 20), ``soixante-dix`` (60 + 10), ``vingt et un``, ``deux mille``,
#: ``trois mille cinq cents``; both the traditional and the 1990 hyphenated spellings work.
NUMBER_WORDS: Final = MappingProxyType(
    {
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
        "treize": 13,
        "quatorze": 14,
        "quinze": 15,
        "seize": 16,
        "vingt": 20,
        "vingts": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "soixante": 60,
        "septante": 70,
        "huitante": 80,
        "octante": 80,
        "nonante": 90,  # Belgian and Swiss forms (Belga copy)
        "cent": 100,
        "cents": 100,
        "mille": 1000,
    }
)

#: The number words that are also articles: alone (``un soldat``) they count nothing; they are a
#: number only before a scale word (``un million``) or inside a compound (``vingt et un``).
ARTICLES: Final = ("un", "une")

#: Scale words after digits or words: ``2,5 millions``, ``deux milliards``.
MULTIPLIERS: Final = MappingProxyType({"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9})

#: Collective nouns read as an approximate value after ``un``/``une``: ``une dizaine`` is about 10.
#: Their plurals after a vague determiner (``quelques centaines``) are vague amounts.
APPROXIMATE_NOUNS: Final = MappingProxyType(
    {
        "dizaine": 10,
        "douzaine": 12,
        "quinzaine": 15,
        "vingtaine": 20,
        "trentaine": 30,
        "quarantaine": 40,
        "cinquantaine": 50,
        "soixantaine": 60,
        "centaine": 100,
        "millier": 1000,
    }
)

#: Articles before a collective noun read as an approximate value: ``une dizaine``, and with the
#: definite article ``la dizaine de militaires qu'elle maintient`` (the same about ten).
COLLECTIVE_ARTICLES: Final = ("un", "une", "la", "le")

#: Quantifiers that count people with no number at all, right before a personnel noun:
#: ``quelques instructeurs``, ``une poignée d'instructeurs`` are vague amounts (no value).
VAGUE_QUANTIFIERS: Final = ("quelques", "plusieurs", "une poignee", "de nombreux", "de nombreuses")

#: Personnel nouns that, after a vague quantifier, name the sources of a report rather than a
#: force: ``ont insisté plusieurs diplomates``, ``selon plusieurs responsables``.
INFORMANT_NOUNS: Final = frozenset(
    {"diplomates", "responsables", "observateurs", "representants", "delegues", "ambassadeurs", "fonctionnaires"}
)

#: Determiners that make a plural collective noun a vague amount: ``quelques centaines``,
#: ``plusieurs milliers``, ``des dizaines de milliers``.
VAGUE_DETERMINERS: Final = frozenset({"quelques", "plusieurs", "des", "de nombreux", "de nombreuses", "les"})

#: Words before a number that say how exact it is. ``de`` at the end also stands for ``d'``
#: (``plus d'une centaine``). ``quelques`` before digits is a common misspelling of ``quelque``.
APPROXIMATIONS: Final = MappingProxyType(
    {
        "environ": Approximation.APPROXIMATE,
        "quelque": Approximation.APPROXIMATE,
        "quelques": Approximation.APPROXIMATE,
        "pres de": Approximation.APPROXIMATE,
        "a peu pres": Approximation.APPROXIMATE,
        "presque": Approximation.APPROXIMATE,
        "quasiment": Approximation.APPROXIMATE,
        "pratiquement": Approximation.APPROXIMATE,
        "approximativement": Approximation.APPROXIMATE,
        "autour de": Approximation.APPROXIMATE,
        "de l'ordre de": Approximation.APPROXIMATE,
        "grosso modo": Approximation.APPROXIMATE,
        "plus de": Approximation.AT_LEAST,
        "un peu plus de": Approximation.AT_LEAST,
        "bien plus de": Approximation.AT_LEAST,
        "pas moins de": Approximation.AT_LEAST,
        "au moins": Approximation.AT_LEAST,
        "au minimum": Approximation.AT_LEAST,
        "moins de": Approximation.AT_MOST,
        "un peu moins de": Approximation.AT_MOST,
        "pas plus de": Approximation.AT_MOST,
        "au plus": Approximation.AT_MOST,
        "au maximum": Approximation.AT_MOST,
        "jusqu'a": Approximation.AT_MOST,
    }
)

#: Approximation words written after the counted noun: ``500 soldats environ``.
POSTPOSED_APPROXIMATIONS: Final = MappingProxyType(
    {"environ": Approximation.APPROXIMATE, "au moins": Approximation.AT_LEAST, "au maximum": Approximation.AT_MOST}
)

#: Nouns (singular and plural) that make a number a count of people serving, training or
#: taking part: what a mission's strength and a meeting's attendance are counted in.
#: Not here on purpose: ``pays``, ``membres`` alone (``31 pays membres`` are states), ``alliés``,
#: enemies and victims (``jihadistes``, ``victimes``).
PERSONNEL_NOUNS: Final = frozenset(
    {
        "personne",
        "personnes",
        "militaire",
        "militaires",
        "soldat",
        "soldats",
        "troupes",
        "formateur",
        "formateurs",
        "formatrices",
        "instructeur",
        "instructeurs",
        "conseiller",
        "conseillers",
        "conseilleres",
        "homme",
        "hommes",
        "femmes",
        "personnels",
        "representant",
        "representants",
        "participant",
        "participants",
        "participantes",
        "officier",
        "officiers",
        "sous-officiers",
        "expert",
        "experts",
        "expertes",
        "specialistes",
        "agents",
        "policiers",
        "gendarmes",
        "marins",
        "aviateurs",
        "pilotes",
        "parachutistes",
        "commandos",
        "reservistes",
        "recrues",
        "stagiaires",
        "cadets",
        "eleves",
        "eleves-officiers",
        "employes",
        "civils",
        "fonctionnaires",
        "diplomates",
        "delegues",
        "observateurs",
        "responsables",
        "ambassadeurs",
        "effectifs",
        "volontaires",
        "techniciens",
        "medecins",
        "contractuels",
        "sous-traitants",
        "entraineurs",
        "mentors",
        "gardes",
        # multiword nouns, matched as a whole
        "membres du personnel",
        "membres des forces",
        "membres des forces armees",
        "membres des forces speciales",
        "membres de la mission",
        "membres de l'equipe",
        "membres d'equipage",
        "forces speciales",
        "casques bleus",
        "hommes et femmes",
    }
)

#: Nationality nouns count people when capitalised (``quelque 90 Belges``, ``2 500 Américains``);
#: the lower-case adjective (``soldats belges``) is not a noun. ``Européens`` is left out: in
#: EU news ``les 27 Européens`` are member states.
NATIONALITY_NOUNS: Final = frozenset(NATIONALITIES) | frozenset({"occidentaux", "etrangers"})

#: Phrases between a number and its noun when the noun comes after ``le nombre de``:
#: ``portera à près de 3 100 le nombre de soldats``, ``porter à 4 000 le nombre de formateurs``.
NUMBER_OF: Final = ("le nombre", "leur nombre", "son nombre", "le total", "l'effectif")

#: Nouns standing before ``de`` + a figure with no noun after it, and the bound they make:
#: a strength (``des effectifs de 4 000``: the figure itself) or a limit (``un plafond de 4 000``:
#: at most). A limit alone counts people only after a figure of the same sentence.
NOUNS_BEFORE: Final = MappingProxyType(
    {
        "effectifs": None,
        "effectif": None,
        "contingent": None,
        "plafond": Approximation.AT_MOST,
        "maximum": Approximation.AT_MOST,
        "minimum": Approximation.AT_LEAST,
    }
)

#: Words allowed between a number and its noun: ``500 de ses soldats``, ``50 hauts responsables``.
NOUN_DETERMINERS: Final = frozenset({"ses", "leurs", "nos", "vos", "ces", "les", "des", "mes", "tes"})
PRENOMINAL_ADJECTIVES: Final = frozenset(
    {
        "nouveaux",
        "nouvelles",
        "jeunes",
        "haut",
        "hauts",
        "hautes",
        "anciens",
        "anciennes",
        "autres",
        "premiers",
        "premieres",
        "derniers",
        "dernieres",
        "simples",
        "futurs",
        "futures",
        "vrais",
        "principaux",
        "seuls",
    }
)

#: Words right after the noun (optionally after an auxiliary) that make the people victims or
#: captives, not personnel: ``trois soldats tués``, ``50 personnes ont été blessées``.
VICTIM_WORDS: Final = frozenset(
    {
        "tue",
        "tues",
        "tuee",
        "tuees",
        "mort",
        "morts",
        "morte",
        "mortes",
        "blesse",
        "blesses",
        "blessee",
        "blessees",
        "deplace",
        "deplaces",
        "deplacees",
        "refugies",
        "refugiees",
        "enleve",
        "enleves",
        "kidnappes",
        "executes",
        "disparus",
        "captures",
        "arretes",
        "detenus",
        "decedes",
        "peri",
        "tombes",
        "abattus",
        "pris",
    }
)

#: Phrases just before a number that make the count one of victims: ``tuant trois soldats``.
VICTIM_CUES_BEFORE: Final = frozenset(
    {"tuant", "tue", "blessant", "mort de", "la mort de", "la vie a", "deces de", "enlevement de", "otages", "perte de"}
)

#: Word stems that make ``de 500 à 4 000`` a change of size rather than a range: ``passeront``,
#: ``augmenter``, ``porter``, ``réduire``, ``hausse``...
CHANGE_CUES: Final = tuple(
    sorted(
        {
            "pass",
            "augment",
            "port",
            "redui",
            "reduct",
            "hausse",
            "baisse",
            "renforc",
            "elarg",
            "grimp",
            "mont",
            "croi",
            "gonfl",
            "diminu",
            "ramen",
            "abaiss",
            "relev",
            "tripl",
            "doubl",
            "quadrupl",
        }
    )
)
"""A tuple, so ``str.startswith`` takes them all at once."""

#: Nouns before ``de X à Y`` that make it a range of size (``un contingent de 400 à 500 soldats``).
RANGE_NOUNS: Final = frozenset(
    {"contingent", "force", "groupe", "detachement", "equipe", "total", "effectif", "unite", "bataillon"}
)

#: Nouns naming a strength: ``les effectifs passeront de 500 à 4 000`` counts personnel even
#: though no noun follows the numbers.
STRENGTH_NOUNS: Final = frozenset({"effectifs", "effectif", "contingent", "contingents", "troupes"})

#: Words before a bare four-digit number (1900-2100) that make it a year, not a count:
#: ``depuis 2018 soldats et civils ...`` is a date followed by a noun phrase.
YEAR_CUES: Final = frozenset(
    {
        "en",
        "depuis",
        "des",
        "avant",
        "apres",
        "d'ici",
        "fin",
        "debut",
        "mi",
        "jusqu'en",
        *FRENCH_MONTHS,  # folded month names, from lexicon.time
        "printemps",
        "ete",
        "automne",
        "hiver",
        "annee",
        "an",
        "l'an",
    }
)

#: Plural collectives that make a word quantity vague (``quelques centaines``, ``deux millions``
#: is read as the French tables always read it: a vague amount of people, never a strength).
PLURAL_COLLECTIVES: Final = frozenset(
    {n + "s" for n in APPROXIMATE_NOUNS} | {m for m in MULTIPLIERS if m.endswith("s")}
)


# --- English -----------------------------------------------------------------------------------
# English wire copy (Reuters, AP, AFP English) and NATO's English releases write troop counts with
# a comma as the thousands separator (``4,000``), sometimes none (``4000``) or a space; number words
# for small round numbers (``fifty representatives``); and vague amounts as plural collectives
# (``hundreds of troops``, ``a few hundred soldiers``, ``several thousand``).

#: English cardinal words. ``a``/``an`` count only before a scale word (``a hundred``, ``a
#: thousand``); ``one`` alone (``one soldier``, ``one of the officers``) counts nothing either.
EN_NUMBER_WORDS: Final = MappingProxyType(
    {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "thousand": 1000,
    }
)

#: ``dozen`` multiplies a number word before it: ``two dozen instructors`` is 24 (read as about 24,
#: as ``a dozen`` is about twelve).
EN_MULTIPLIERS: Final = MappingProxyType(
    {"million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9, "dozen": 12}
)

#: Set phrases worth a number, read as approximate: ``half a dozen advisers`` is about six.
EN_FIXED_QUANTITIES: Final = MappingProxyType({"half a dozen": 6, "half-a-dozen": 6})

#: ``a dozen trainers`` is about twelve, as ``une douzaine`` is.
EN_APPROXIMATE_NOUNS: Final = MappingProxyType({"dozen": 12, "score": 20})

#: Scale words that follow an article to make a number: ``a hundred``, ``a thousand``, ``a million``.
EN_ARTICLE_SCALES: Final = ("hundred", "thousand", "million", "billion")

#: Determiners of a vague amount: ``a few hundred``, ``several thousand``, ``many thousands``.
#: ``a couple of hundred troops`` stays vague too: the phrase says "a few hundred" in the genre,
#: not a count of exactly two hundred.
EN_VAGUE_DETERMINERS: Final = frozenset({"a few", "several", "a couple of", "a couple", "many", "some", "few"})

#: Collective words after :data:`EN_VAGUE_DETERMINERS` (singular, as English writes ``several
#: hundred``, and plural).
EN_VAGUE_COLLECTIVES: Final = ("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens")

#: Plural collectives that make any word quantity vague.
EN_PLURAL_COLLECTIVES: Final = frozenset({"dozens", "hundreds", "thousands", "scores", "millions", "tens"})

#: Quantifiers that count people with no number, right before a personnel noun (``of`` may
#: follow): ``hundreds of troops``, ``dozens of trainers``, ``a handful of instructors``.
EN_VAGUE_QUANTIFIERS: Final = (
    "a few",
    "several",
    "a handful",
    "a small number",
    "a number",
    "numerous",
    "many",
    "dozens",
    "scores",
    "tens",
    "hundreds",
    "thousands",
    "tens of thousands",
    "hundreds of thousands",
)

#: Sources of a report rather than a force, after a vague quantifier: ``several diplomats said``.
EN_INFORMANT_NOUNS: Final = frozenset(
    {"diplomats", "officials", "sources", "observers", "representatives", "delegates", "ambassadors", "people"}
)

#: Words before a number saying how exact it is.
EN_APPROXIMATIONS: Final = MappingProxyType(
    {
        "about": Approximation.APPROXIMATE,
        "around": Approximation.APPROXIMATE,
        "some": Approximation.APPROXIMATE,
        "roughly": Approximation.APPROXIMATE,
        "approximately": Approximation.APPROXIMATE,
        "nearly": Approximation.APPROXIMATE,
        "almost": Approximation.APPROXIMATE,
        "close to": Approximation.APPROXIMATE,
        "an estimated": Approximation.APPROXIMATE,
        "an approximate": Approximation.APPROXIMATE,
        "more than": Approximation.AT_LEAST,
        "over": Approximation.AT_LEAST,
        "well over": Approximation.AT_LEAST,
        "just over": Approximation.AT_LEAST,
        "slightly more than": Approximation.AT_LEAST,
        "at least": Approximation.AT_LEAST,
        "no fewer than": Approximation.AT_LEAST,
        "no less than": Approximation.AT_LEAST,
        "upwards of": Approximation.AT_LEAST,
        "in excess of": Approximation.AT_LEAST,
        "fewer than": Approximation.AT_MOST,
        "less than": Approximation.AT_MOST,
        "under": Approximation.AT_MOST,
        "just under": Approximation.AT_MOST,
        "up to": Approximation.AT_MOST,
        "as many as": Approximation.AT_MOST,
        "no more than": Approximation.AT_MOST,
        "not more than": Approximation.AT_MOST,
        "at most": Approximation.AT_MOST,
    }
)

#: ``500 troops or so``.
EN_POSTPOSED_APPROXIMATIONS: Final = MappingProxyType(
    {"or so": Approximation.APPROXIMATE, "at least": Approximation.AT_LEAST, "at most": Approximation.AT_MOST}
)

#: English personnel nouns. Not here on purpose: ``countries``, ``allies``, ``members`` alone and
#: ``member states`` (states), enemies (``militants``, ``fighters``) and victims (``casualties``).
#: ``military`` is a prenominal adjective, so ``500 military personnel`` counts ``personnel``.
EN_PERSONNEL_NOUNS: Final = frozenset(
    {
        "people",
        "persons",
        "person",
        "troops",
        "soldiers",
        "soldier",
        "personnel",
        "staff",
        "staffers",
        "staff members",
        "members of staff",
        "trainers",
        "trainer",
        "instructors",
        "instructor",
        "advisers",
        "adviser",
        "advisors",
        "advisor",
        "mentors",
        "service members",
        "servicemembers",
        "service personnel",
        "servicemen",
        "servicewomen",
        "officers",
        "officer",
        "non-commissioned officers",
        "participants",
        "representatives",
        "experts",
        "specialists",
        "men",
        "women",
        "men and women",
        "marines",
        "sailors",
        "airmen",
        "pilots",
        "paratroopers",
        "commandos",
        "special forces",
        "special operations forces",
        "reservists",
        "recruits",
        "cadets",
        "trainees",
        "students",
        "employees",
        "civilians",
        "officials",
        "diplomats",
        "delegates",
        "observers",
        "ambassadors",
        "volunteers",
        "technicians",
        "medics",
        "doctors",
        "contractors",
        "guards",
        "police officers",
        "policemen",
        "gendarmes",
        "peacekeepers",
        "forces",
        "forces members",
        "force members",
        "forces personnel",
        "members of the mission",
        "team members",
        "crew members",
        "boots on the ground",
    }
)

#: English nationality nouns (plural) that count people when capitalised: ``2,500 Americans``.
#: ``Europeans`` is left out for the reason given for French.
EN_NATIONALITY_NOUNS: Final = frozenset(
    {
        "americans",
        "belgians",
        "canadians",
        "danes",
        "britons",
        "germans",
        "italians",
        "spaniards",
        "turks",
        "poles",
        "hungarians",
        "norwegians",
        "swedes",
        "finns",
        "romanians",
        "australians",
        "iraqis",
        "afghans",
        "syrians",
        "iranians",
        "jordanians",
        "kuwaitis",
        "greeks",
        "portuguese",
        "czechs",
        "estonians",
        "latvians",
        "lithuanians",
        "slovaks",
        "slovenians",
        "croatians",
        "albanians",
        "bulgarians",
        "foreigners",
        "westerners",
    }
)

#: Words between an English number and its noun: ``4,000 additional US troops``, ``500 NATO
#: military trainers``, ``100 Belgian soldiers``, ``50 senior officials``. Up to two of them.
EN_PRENOMINAL_ADJECTIVES: Final = frozenset(
    {
        "new",
        "additional",
        "extra",
        "more",
        "other",
        "further",
        "foreign",
        "international",
        "allied",
        "coalition",
        "nato",
        "alliance",
        "military",
        "civilian",
        "senior",
        "junior",
        "high-ranking",
        "top",
        "armed",
        "combat",
        "non-combat",
        "support",
        "special",
        "elite",
        "active-duty",
        "uniformed",
        "local",
        "western",
        "european",
        "iraqi",
        "kurdish",
        "afghan",
        "us",
        "u.s.",
        "american",
        "british",
        "uk",
        "belgian",
        "canadian",
        "danish",
        "dutch",
        "french",
        "german",
        "italian",
        "spanish",
        "turkish",
        "polish",
        "hungarian",
        "norwegian",
        "swedish",
        "finnish",
        "romanian",
        "australian",
        "portuguese",
        "greek",
        "czech",
        "estonian",
        "latvian",
        "lithuanian",
        "permanent",
        "full-time",
        "regular",
        "trained",
        "young",
        "female",
        "male",
        "former",
        "deployed",
        "army",
        "police",
    }
)

#: Words after ``of`` before an English personnel noun: ``500 of its soldiers``, ``hundreds of the
#: trainers``.
EN_NOUN_DETERMINERS: Final = frozenset({"its", "their", "our", "the", "these", "those", "his", "her", "your"})

#: Nouns before ``of`` + a figure with no noun after it: ``a force of 4,000``, ``a ceiling of 4,000``,
#: ``troop levels of about 4,000``, ``a staff of 150``, ``a presence of 2,500``. ``total`` is left
#: out: ``a total of 31`` counts countries as often as people.
EN_NOUNS_BEFORE: Final = MappingProxyType(
    {
        "strength": None,
        "troop strength": None,
        "troop levels": None,
        "troop level": None,
        "force levels": None,
        "force level": None,
        "staffing levels": None,
        "staffing level": None,
        "contingent": None,
        "force": None,
        "headcount": None,
        "staff": None,
        "workforce": None,
        "garrison": None,
        "deployment": None,
        "presence": None,
        "detachment": None,
        "battalion": None,
        "ceiling": Approximation.AT_MOST,
        "cap": Approximation.AT_MOST,
        "limit": Approximation.AT_MOST,
        "maximum": Approximation.AT_MOST,
        "minimum": Approximation.AT_LEAST,
    }
)

#: Words after the noun that make the people victims or captives: ``three soldiers were killed``.
EN_VICTIM_WORDS: Final = frozenset(
    {
        "killed",
        "dead",
        "died",
        "wounded",
        "injured",
        "hurt",
        "displaced",
        "kidnapped",
        "abducted",
        "captured",
        "detained",
        "arrested",
        "missing",
        "executed",
        "hostage",
        "taken",
        "held",
        "slain",
        "evacuated",
    }
)

#: Phrases just before a number that make the count one of victims: ``killing three soldiers``.
EN_VICTIM_CUES_BEFORE: Final = frozenset(
    {
        "killing",
        "killed",
        "wounding",
        "wounded",
        "injuring",
        "injured",
        "kidnapped",
        "abducted",
        "death of",
        "deaths of",
        "loss of",
        "kidnapping of",
        "abduction of",
        "release of",
        "hostages",
        "bodies of",
    }
)

#: Stems of English words that make ``from 500 to 4,000`` or ``to 4,000`` a change of size.
EN_CHANGE_CUES: Final = tuple(
    sorted(
        {
            "increas",
            "grow",
            "grew",
            "rais",
            "rise",
            "rising",
            "risen",
            "rose",
            "expan",
            "boost",
            "bring",
            "brought",
            "reduc",
            "cut",
            "decreas",
            "drop",
            "fall",
            "fell",
            "shrink",
            "shrank",
            "climb",
            "doubl",
            "tripl",
            "quadrupl",
            "scal",
            "swell",
            "swollen",
            "jump",
            "lower",
            "trim",
            "drawdown",
            "surg",
            "enlarg",
            "reinforc",
            "goes",
            "going",
            "went",
            "gone",
        }
    )
)

#: Nouns before ``from X to Y`` that make it a range of size (``a contingent of 400 to 500``).
EN_RANGE_NOUNS: Final = frozenset({"contingent", "force", "group", "detachment", "team", "total", "unit", "battalion"})

#: Nouns naming a strength: ``troop levels will rise from 500 to 4,000``.
EN_STRENGTH_NOUNS: Final = frozenset(
    {"troop", "troops", "personnel", "staff", "strength", "contingent", "contingents", "headcount", "forces"}
)

#: Words before ``of`` + a personnel noun that stand for a strength: ``raise the number of trainers
#: to 4,000`` counts ``trainers``.
EN_COUNT_NOUNS: Final = ("number", "numbers")

#: Words that make a bare number after a noun-before (``a force of 500``) no head count:
#: ``a force of 500 km``, ``a deployment of 12 months``, ``a presence of 40 percent``.
EN_NOT_COUNTED_AFTER: Final = frozenset(
    {
        "percent",
        "per",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "euros",
        "dollars",
        "pounds",
        "tonnes",
        "tons",
        "countries",
        "nations",
        "states",
        "allies",
        "aircraft",
        "vehicles",
        "tanks",
    }
)

#: Words before a bare four-digit number that make it a year: ``since 2018``, ``mid-2019``.
EN_YEAR_CUES: Final = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "till",
        "before",
        "after",
        "from",
        "through",
        "during",
        "early",
        "mid",
        "late",
        "end",
        "of",
        "year",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    }
)


@attrs.frozen
class NumberLexicon:
    """The tables of one language, and the few grammar words the figure patterns are built from.

    :mod:`nato_iraq.extract.figures` builds one set of patterns per language from this record, so
    adding a language is adding a record to :data:`LEXICONS`. Regular expression fragments are
    written for the lower-cased, accent-folded text.
    """

    number_words: "MappingProxyType[str, int]"
    articles: tuple[str, ...]
    """Number words that count nothing alone (``un soldat``, ``a soldier``)."""
    bare_not_counts: tuple[str, ...]
    """Word quantities that are no figure on their own (the articles, English ``one``)."""
    articles_in_compounds: bool
    """True when an article may continue a compound (French ``mille un``)."""
    compound_connector: str
    """Regex fragment joining compound parts (``vingt et un``, ``two hundred and fifty``);
    ``{number}`` stands for any number word."""
    vigesimal: str | None
    """The word that makes a following ``vingt`` a multiplier (French ``quatre-vingts``)."""
    skip_words: frozenset[str]
    """Words dropped when parsing compounds (``et``, ``and``)."""
    multipliers: "MappingProxyType[str, int]"
    article_scales: tuple[str, ...]
    approximate_nouns: "MappingProxyType[str, int]"
    collective_articles: tuple[str, ...]
    collective_adjectives: tuple[str, ...]
    vague_determiners: frozenset[str]
    vague_collectives: tuple[str, ...]
    plural_collectives: frozenset[str]
    thousands_suffix: str
    """Words multiplying a collective by a thousand (``des dizaines de milliers``, ``tens of thousands``)."""
    vague_quantifiers: tuple[str, ...]
    informant_nouns: frozenset[str]
    approximations: "MappingProxyType[str, Approximation]"
    postposed_approximations: "MappingProxyType[str, Approximation]"
    personnel_nouns: frozenset[str]
    nationality_nouns: frozenset[str]
    number_of: tuple[str, ...]
    nouns_before: "MappingProxyType[str, Approximation | None]"
    noun_determiners: frozenset[str]
    prenominal_adjectives: frozenset[str]
    adjective_slots: int
    """How many prenominal adjectives may stand between the number and the noun."""
    partitive: str
    """Regex fragment of the word linking a quantity to its noun (``de``/``d'``, ``of``)."""
    victim_words: frozenset[str]
    victim_cues_before: frozenset[str]
    change_cues: tuple[str, ...]
    range_nouns: frozenset[str]
    strength_nouns: frozenset[str]
    year_cues: frozenset[str]
    between: str
    """The word opening a range (``entre``, ``between``)."""
    conjunction: str
    """The word joining the ends of a range (``et``, ``and``)."""
    to: str
    """The word before a target or a range end (``à`` folded ``a``, ``to``)."""
    change_from: str
    """Regex fragment before the start of a change (``de``/``d'``, ``from``)."""
    thousands_separators: str
    """Characters grouping thousands in digits (``4 000``, ``4.000``; ``4,000``)."""
    decimal_mark: str
    separators: str
    """Characters after which a word quantity may start, besides a space."""
    strength_suffix: str | None = None
    """Regex fragment after digits that makes them a strength of the noun that follows
    (English ``a 4,000-strong force``)."""
    fixed_quantities: "MappingProxyType[str, int]" = MappingProxyType({})
    """Set phrases worth an approximate number (English ``half a dozen``)."""
    count_nouns: tuple[str, ...] = ()
    """Words before the partitive and a personnel noun that make the noun the counted one of a
    later bare target (English ``the number of trainers ... to 4,000``)."""
    previous_level: str | None = None
    """Regex fragment before a bare number that makes it the earlier level of the figure before it
    (English ``2,500 troops, down from 5,000``)."""
    not_counted_after: frozenset[str] = frozenset()
    """Words after a bare number that make it no head count (``a force of 500 km``)."""


#: The French tables.
FRENCH: Final = NumberLexicon(
    number_words=NUMBER_WORDS,
    articles=ARTICLES,
    bare_not_counts=ARTICLES,
    articles_in_compounds=True,
    compound_connector=r"(?:\s+et\s+|-et-)(?:une?|onze)",
    vigesimal="quatre",
    skip_words=frozenset({"et"}),
    multipliers=MULTIPLIERS,
    article_scales=tuple(MULTIPLIERS),
    approximate_nouns=APPROXIMATE_NOUNS,
    collective_articles=COLLECTIVE_ARTICLES,
    collective_adjectives=("petite", "bonne"),
    vague_determiners=VAGUE_DETERMINERS,
    vague_collectives=tuple(sorted(PLURAL_COLLECTIVES)),
    plural_collectives=PLURAL_COLLECTIVES,
    thousands_suffix="de milliers",
    vague_quantifiers=VAGUE_QUANTIFIERS,
    informant_nouns=INFORMANT_NOUNS,
    approximations=APPROXIMATIONS,
    postposed_approximations=POSTPOSED_APPROXIMATIONS,
    personnel_nouns=PERSONNEL_NOUNS,
    nationality_nouns=NATIONALITY_NOUNS,
    number_of=NUMBER_OF,
    nouns_before=NOUNS_BEFORE,
    noun_determiners=NOUN_DETERMINERS,
    prenominal_adjectives=PRENOMINAL_ADJECTIVES,
    adjective_slots=1,
    partitive=r"(?:de\s+|d'\s*)",
    victim_words=VICTIM_WORDS,
    victim_cues_before=VICTIM_CUES_BEFORE,
    change_cues=CHANGE_CUES,
    range_nouns=RANGE_NOUNS,
    strength_nouns=STRENGTH_NOUNS,
    year_cues=YEAR_CUES,
    between="entre",
    conjunction="et",
    to="a",
    change_from=r"(?:de\s+|d'\s*)",
    thousands_separators=" .",
    decimal_mark=",",
    separators="'\n(«\"/[",
)

#: The English tables.
ENGLISH: Final = NumberLexicon(
    number_words=EN_NUMBER_WORDS,
    articles=("a", "an"),
    bare_not_counts=("a", "an", "one"),
    articles_in_compounds=False,
    compound_connector=r"(?:(?<=hundred)|(?<=thousand))\s+and\s+(?:{number})",
    vigesimal=None,
    skip_words=frozenset({"and"}),
    multipliers=EN_MULTIPLIERS,
    article_scales=EN_ARTICLE_SCALES,
    approximate_nouns=EN_APPROXIMATE_NOUNS,
    collective_articles=("a", "an"),
    collective_adjectives=(),
    vague_determiners=EN_VAGUE_DETERMINERS,
    vague_collectives=EN_VAGUE_COLLECTIVES,
    plural_collectives=EN_PLURAL_COLLECTIVES,
    thousands_suffix="of thousands",
    vague_quantifiers=EN_VAGUE_QUANTIFIERS,
    informant_nouns=EN_INFORMANT_NOUNS,
    approximations=EN_APPROXIMATIONS,
    postposed_approximations=EN_POSTPOSED_APPROXIMATIONS,
    personnel_nouns=EN_PERSONNEL_NOUNS,
    nationality_nouns=EN_NATIONALITY_NOUNS,
    number_of=(),
    nouns_before=EN_NOUNS_BEFORE,
    noun_determiners=EN_NOUN_DETERMINERS,
    prenominal_adjectives=EN_PRENOMINAL_ADJECTIVES,
    adjective_slots=2,
    partitive=r"of\s+",
    victim_words=EN_VICTIM_WORDS,
    victim_cues_before=EN_VICTIM_CUES_BEFORE,
    change_cues=EN_CHANGE_CUES,
    range_nouns=EN_RANGE_NOUNS,
    strength_nouns=EN_STRENGTH_NOUNS,
    year_cues=EN_YEAR_CUES,
    between="between",
    conjunction="and",
    to="to",
    change_from=r"from\s+",
    thousands_separators=" ,",
    decimal_mark=".",
    separators="'\n(\"/[“",
    strength_suffix=r"-\s?strong",
    fixed_quantities=EN_FIXED_QUANTITIES,
    count_nouns=EN_COUNT_NOUNS,
    previous_level=r"(?:down|up)\s+from",
    not_counted_after=EN_NOT_COUNTED_AFTER,
)

#: Tables per language code (:attr:`nato_iraq.document.Document.language`).
LEXICONS: Final = MappingProxyType({"fr": FRENCH, "en": ENGLISH})


def for_language(language: str) -> NumberLexicon:
    """The tables of *language*; French, the genre's first language, for any other code."""
    return LEXICONS.get(language, FRENCH)
