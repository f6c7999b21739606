"""French numbers, approximations and the nouns that make a number a count of personnel.

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

from ...model import Approximation
from .places import NATIONALITIES

__all__ = [
    "APPROXIMATE_NOUNS",
    "APPROXIMATIONS",
    "ARTICLES",
    "CHANGE_CUES",
    "COLLECTIVE_ARTICLES",
    "INFORMANT_NOUNS",
    "MULTIPLIERS",
    "NATIONALITY_NOUNS",
    "NOUNS_BEFORE",
    "NOUN_DETERMINERS",
    "NUMBER_OF",
    "NUMBER_WORDS",
    "PERSONNEL_NOUNS",
    "POSTPOSED_APPROXIMATIONS",
    "PRENOMINAL_ADJECTIVES",
    "RANGE_NOUNS",
    "STRENGTH_NOUNS",
    "VAGUE_DETERMINERS",
    "VAGUE_QUANTIFIERS",
    "VICTIM_CUES_BEFORE",
    "VICTIM_WORDS",
    "YEAR_CUES",
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
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "printemps",
        "ete",
        "automne",
        "hiver",
        "annee",
        "an",
        "l'an",
    }
)
