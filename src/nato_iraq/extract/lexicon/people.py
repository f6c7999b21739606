"""People, titles and reporting verbs, as French news copy and NATO releases write them.

Data only: :mod:`nato_iraq.extract.people` and :mod:`nato_iraq.extract.quotes` build their
patterns from these tables on first use. Keys of the ``dict`` tables are *folded* forms (lower
case, no accents, ``'`` apostrophes: see :func:`nato_iraq.extract.lexicon.fold`), so a text that
writes ``Secretaire general`` or ``Secrétaire Général`` meets the same entry. Tables that hold
verb forms keep their accents, because accents are what tell ``indiqué`` (past participle) from
``indique`` (present) and AFP copy always writes them on lower-case letters.

Adding a title, a rank or a verb form is a one-line change here. Each language is one
:class:`PeopleLexicon` record in :data:`LEXICONS`: the French tables come first (their historic
module-level names), the English ones (``EN_...``) after them.
"""

from collections.abc import Mapping

import attrs

from . import places
from .time import FRENCH_MONTHS

#: Honorifics written before a name (surface form -> canonical form). ``M.`` and ``MM.`` are
#: the French abbreviations of *Monsieur* / *Messieurs*; copy sometimes drops the space after them.
HONORIFICS: dict[str, str] = {
    "M.": "M.",
    "MM.": "MM.",
    "Mme": "Mme",
    "Mme.": "Mme",
    "Mmes": "Mmes",
    "Mlle": "Mlle",
    "Mlle.": "Mlle",
    "Dr": "Dr",
    "Dr.": "Dr",
    "Pr": "Pr",
}

#: Person titles and functions, every gender form (folded) -> masculine folded key.
#: A title is a *person* title: ``ministre`` yes, ``ministère`` no. Plural forms are left out on
#: purpose: ``les ministres de la Défense`` is a group, not a person.
TITLES: dict[str, str] = {
    "secretaire general": "secretaire general",
    "secretaire generale": "secretaire general",
    "secretaire general adjoint": "secretaire general adjoint",
    "secretaire generale adjointe": "secretaire general adjoint",
    "secretaire general delegue": "secretaire general adjoint",
    "secretaire d'etat": "secretaire d'etat",
    "secretaire": "secretaire",  # ``secrétaire américain à la Défense``: completed by a department
    "premier ministre": "premier ministre",
    "premiere ministre": "premier ministre",
    "vice-premier ministre": "vice-premier ministre",
    "vice-premiere ministre": "vice-premier ministre",
    "ministre": "ministre",
    "ministre delegue": "ministre delegue",
    "ministre deleguee": "ministre delegue",
    "president": "president",
    "presidente": "president",
    "vice-president": "vice-president",
    "vice-presidente": "vice-president",
    "porte-parole": "porte-parole",
    "ambassadeur": "ambassadeur",
    "ambassadrice": "ambassadeur",
    "representant permanent": "representant permanent",
    "representante permanente": "representant permanent",
    "haut representant": "haut representant",
    "haute representante": "haut representant",
    "representant special": "representant special",
    "representante speciale": "representant special",
    "chef d'etat-major": "chef d'etat-major",
    "chef d'etat-major des armees": "chef d'etat-major",
    "cheffe d'etat-major": "chef d'etat-major",
    "chef de la diplomatie": "chef de la diplomatie",
    "cheffe de la diplomatie": "chef de la diplomatie",
    "chef de la mission": "chef de mission",
    "chef de mission": "chef de mission",
    "cheffe de mission": "chef de mission",
    "commandant en chef": "commandant en chef",
    "commandant supreme des forces alliees en europe": "commandant supreme",
    "commandant supreme": "commandant supreme",
    "commandant": "commandant",  # both a function and a rank
    "commandante": "commandant",
    "haut responsable militaire": "haut responsable militaire",
    "haute responsable militaire": "haut responsable militaire",
    "haut responsable": "haut responsable",
    "haute responsable": "haut responsable",
    "conseiller a la securite nationale": "conseiller a la securite nationale",
    "conseillere a la securite nationale": "conseiller a la securite nationale",
    "conseiller pour la securite nationale": "conseiller a la securite nationale",
    "directeur general": "directeur general",
    "directrice generale": "directeur general",
    "chancelier": "chancelier",
    "chanceliere": "chancelier",
    "roi": "roi",
    "reine": "reine",
    "emir": "emir",
    "prince heritier": "prince heritier",
    "grand ayatollah": "grand ayatollah",
    "chef de gouvernement": "premier ministre",
    "cheffe de gouvernement": "premier ministre",
    "chef de l'etat": "president",
    "cheffe de l'etat": "president",
}

#: Military ranks of the armies and navies involved (French, and the French renderings of
#: Italian, US, British and Iraqi ranks in NATO releases), folded -> folded key.
#: ``général`` alone is also an adjective (``directeur général``, ``en général``): the extractor
#: only reads it as a rank before a name or after a definite article.
RANKS: dict[str, str] = {
    "general": "general",
    "general de brigade": "general de brigade",
    "general de brigade aerienne": "general de brigade aerienne",
    "general de division": "general de division",
    "general de division aerienne": "general de division aerienne",
    "general de corps d'armee": "general de corps d'armee",
    "general de corps aerien": "general de corps aerien",
    "general d'armee": "general d'armee",
    "general d'armee aerienne": "general d'armee aerienne",
    "lieutenant-general": "lieutenant-general",
    "lieutenant general": "lieutenant-general",
    "major general": "major general",
    "major-general": "major general",
    "brigadier general": "general de brigade",
    "brigadier-general": "general de brigade",
    "general-major": "major general",
    "colonel": "colonel",
    "lieutenant-colonel": "lieutenant-colonel",
    "commandant": "commandant",
    "capitaine": "capitaine",
    "capitaine de vaisseau": "capitaine de vaisseau",
    "capitaine de fregate": "capitaine de fregate",
    "capitaine de corvette": "capitaine de corvette",
    "lieutenant": "lieutenant",
    "sous-lieutenant": "sous-lieutenant",
    "adjudant": "adjudant",
    "adjudant-chef": "adjudant-chef",
    "sergent": "sergent",
    "sergent-chef": "sergent-chef",
    "caporal": "caporal",
    "amiral": "amiral",
    "vice-amiral": "vice-amiral",
    "vice-amiral d'escadre": "vice-amiral d'escadre",
    "contre-amiral": "contre-amiral",
    "marechal": "marechal",
    "marechal de l'air": "marechal de l'air",
    "air marshal": "air marshal",
    # Feminine forms, as Canadian and French copy writes them (``la major-générale Jennie
    # Carignan``, ``la lieutenante-colonelle ...``); ``générale`` alone is read as a rank only
    # with an article or before a name, like ``général``.
    "generale": "general",
    "generale de brigade": "general de brigade",
    "generale de division": "general de division",
    "generale de corps d'armee": "general de corps d'armee",
    "generale d'armee": "general d'armee",
    "lieutenante-generale": "lieutenant-general",
    "lieutenante generale": "lieutenant-general",
    "major-generale": "major general",
    "major generale": "major general",
    "brigadiere-generale": "general de brigade",
    "brigadier-generale": "general de brigade",
    "colonelle": "colonel",
    "lieutenante-colonelle": "lieutenant-colonel",
    "lieutenante": "lieutenant",
    "sous-lieutenante": "sous-lieutenant",
    "adjudante": "adjudant",
    "adjudante-cheffe": "adjudant-chef",
    "sergente": "sergent",
    "caporale": "caporal",
    "amirale": "amiral",
    "vice-amirale": "vice-amiral",
    "contre-amirale": "contre-amiral",
}

#: Departments that complete a minister's or secretary's title (folded phrase -> key).
#: ``secrétaire américain à la Défense`` is ``secretaire`` + ``a la defense`` + United States.
DEPARTMENTS: dict[str, str] = {
    "a la defense": "defense",
    "de la defense": "defense",
    "de la defense nationale": "defense",
    "des armees": "armed-forces",
    "des affaires etrangeres": "foreign-affairs",
    "aux affaires etrangeres": "foreign-affairs",
    "de l'europe et des affaires etrangeres": "foreign-affairs",
    "de l'interieur": "interior",
    "a l'interieur": "interior",
    "des finances": "finance",
    "de l'economie": "economy",
    "de la justice": "justice",
    "du petrole": "oil",
    "de l'electricite": "electricity",
    "de la sante": "health",
    "des ressources hydrauliques": "water-resources",
    "de la securite nationale": "national-security",
    # NATO's Military Committee: ``président du Comité militaire de l'OTAN``
    "du comite militaire": "military-committee",
}

#: Adjectives written between a title and the name or complement, which keep the office:
#: ``le Premier ministre démissionnaire, Adel Abdel-Mahdi``, ``le Premier ministre intérimaire
#: Iyad Allaoui``, ``le président sortant``. Folded.
TITLE_QUALIFIERS: tuple[str, ...] = (
    "interimaire",
    "par interim",
    "demissionnaire",
    "sortant",
    "sortante",
    "en exercice",
    "en poste",
    "designe",
    "designee",
    "elu",
    "elue",
    "nouvellement elu",
    "nouvellement elue",
)

#: Adjectives written between the article and a title (``le nouveau secrétaire général``):
#: folded -> whether the person holds the office (``nouveau``, ``actuel``) or held / will hold
#: it (``ancien``, ``futur``), in which case the title keeps the adjective and no office key is
#: given: an ex-minister is not the minister.
PRE_TITLE_QUALIFIERS: dict[str, bool] = {
    "nouveau": True,
    "nouvel": True,
    "nouvelle": True,
    "actuel": True,
    "actuelle": True,
    "ancien": False,
    "ancienne": False,
    "ex-": False,
    "futur": False,
    "future": False,
}

#: Appositions that give a serving officer's country (``la major-générale Jennie Carignan, de
#: l'armée canadienne``): the service, followed by a nationality adjective. Folded.
NATIONAL_SERVICES: tuple[str, ...] = (
    "de l'armee",
    "de l'armee de terre",
    "de l'armee de l'air",
    "de l'armee de l'air et de l'espace",
    "de la marine",
    "de la marine nationale",
    "de l'aviation",
    "des forces armees",
    "des forces canadiennes",
    "de la gendarmerie",
)

#: Well-known offices -> language-neutral key. Each row: (title key, department key or None,
#: organisation or None, country or None, office key). The organisation and country are the
#: canonical names of :mod:`.places`. A role matches a row when every non-None cell agrees.
OFFICES: tuple[tuple[str, str | None, str | None, str | None, str], ...] = (
    ("secretaire general", None, "NATO", None, "nato-secretary-general"),
    ("secretaire general adjoint", None, "NATO", None, "nato-deputy-secretary-general"),
    ("porte-parole", None, "NATO", None, "nato-spokesperson"),
    ("commandant supreme", None, "NATO", None, "nato-saceur"),
    ("commandant supreme", None, None, None, "nato-saceur"),
    ("haut responsable militaire", None, "NATO", None, "nato-senior-military-officer"),
    ("secretaire general", None, "UN", None, "un-secretary-general"),
    ("haut representant", None, "EU", None, "eu-high-representative"),
    ("premier ministre", None, None, "Iraq", "iraq-prime-minister"),
    ("president", None, None, "Iraq", "iraq-president"),
    ("ministre", "defense", None, "Iraq", "iraq-minister-of-defence"),
    ("ministre", "foreign-affairs", None, "Iraq", "iraq-minister-of-foreign-affairs"),
    ("chef de la diplomatie", None, None, "Iraq", "iraq-minister-of-foreign-affairs"),
    ("ministre", "interior", None, "Iraq", "iraq-minister-of-interior"),
    ("conseiller a la securite nationale", None, None, "Iraq", "iraq-national-security-adviser"),
    ("secretaire", "defense", None, "United States", "us-secretary-of-defense"),
    ("ministre", "defense", None, "United States", "us-secretary-of-defense"),
    ("secretaire d'etat", None, None, "United States", "us-secretary-of-state"),
    ("chef de la diplomatie", None, None, "United States", "us-secretary-of-state"),
    ("president", None, None, "United States", "us-president"),
    ("conseiller a la securite nationale", None, None, "United States", "us-national-security-adviser"),
    ("president", None, None, "France", "france-president"),
    ("ministre", "armed-forces", None, "France", "france-minister-of-the-armed-forces"),
    ("ministre", "defense", None, "France", "france-minister-of-defence"),
    ("ministre", "foreign-affairs", None, "France", "france-minister-of-foreign-affairs"),
    ("chef de la diplomatie", None, None, "France", "france-minister-of-foreign-affairs"),
    ("premier ministre", None, None, "Belgium", "belgium-prime-minister"),
    ("ministre", "defense", None, "Belgium", "belgium-minister-of-defence"),
    ("premier ministre", None, None, "United Kingdom", "uk-prime-minister"),
    ("ministre", "defense", None, "Canada", "canada-minister-of-national-defence"),
    ("premier ministre", None, None, "Canada", "canada-prime-minister"),
    ("president", "military-committee", "NATO", None, "nato-military-committee-chair"),
    ("president", "military-committee", None, None, "nato-military-committee-chair"),
)

#: Particles written as separate lower-case words inside a name: ``Jaap de Hoop Scheffer``,
#: ``Ursula von der Leyen``. Only read between two capitalised words.
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "de",
        "du",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "dos",
        "das",
        "del",
        "della",
        "ter",
        "ten",
        "zu",
        "ben",
        "bin",
        "ibn",
        "abou",
        "abu",
        "al",
        "el",
        "ould",
    }
)

#: Particles that a name may also write with a capital, inside a name only (``Jean-Yves Le Drian``,
#: ``Ursula Von der Leyen``): kept when a capitalised word follows them.
CAPITALISED_PARTICLES: frozenset[str] = frozenset(
    {
        "le",
        "la",
        "de",
        "du",
        "des",
        "van",
        "von",
        "di",
        "da",
        "del",
        "della",
        "dos",
        "al",
        "el",
        "ben",
        "bin",
        "abou",
        "abu",
        "ibn",
        "mac",
        "ter",
        "ten",
    }
)

#: Units a title may belong to before its organisation: ``commandant de la mission de l'OTAN en
#: Irak``, ``chef de la coalition``, ``porte-parole des forces irakiennes``. Folded.
ROLE_UNITS: tuple[str, ...] = (
    "mission",
    "coalition",
    "force",
    "forces",
    "operation",
    "armee",
    "armees",
    "troupes",
    "contingent",
    "commandement",
    "delegation",
    "representation",
    "diplomatie",
    "mission de formation",
    "mission de conseil",
    "mission de formation et de conseil",
    "equipe",
    "equipe de formation",
    "forces de securite",
    "forces armees",
    "police federale",
    # parliamentary and ministerial bodies: ``présidente de la commission de la Défense de la
    # Chambre``, ``chef du cabinet du ministre``
    "commission",
    "sous-commission",
    "comite",
    "chambre",
    "cabinet",
    "etat-major",
    "marine",
    "division",
    "brigade",
)

#: Particles glued to a surname with a hyphen (``al-Abadi``, ``el-Sissi``, ``Ben-Ali``).
NAME_PREFIXES: frozenset[str] = frozenset(
    {"al", "el", "ad", "as", "ash", "ar", "an", "az", "ben", "bin", "ibn", "abou", "abu", "ould"}
)

#: Given names met in the genre (folded). A capitalised pair whose first word is here reads as a
#: person even without a title; other pairs need a title, an honorific or a reporting verb.
#: Provenance: officials of NATO, Iraq, the US and allied governments named in 2004-2024 copy,
#: plus common French given names.
GIVEN_NAMES: frozenset[str] = frozenset(
    {
        # NATO
        "jens",
        "anders",
        "jaap",
        "mark",
        "rose",
        "mircea",
        "camille",
        "oana",
        "james",
        "philip",
        "curtis",
        "tod",
        "christopher",
        "rob",
        "david",
        "alessandro",
        "giuseppe",
        "michael",
        "gordon",
        "jonathan",
        "carmine",
        "per",
        "lorenzo",
        "jose",
        "stefano",
        "ilker",
        "wolf-dieter",
        # Iraq
        "haidar",
        "haider",
        "moustafa",
        "mustafa",
        "mostafa",
        "adel",
        "nouri",
        "nuri",
        "ibrahim",
        "iyad",
        "fouad",
        "fuad",
        "barham",
        "jalal",
        "massoud",
        "masoud",
        "hoshyar",
        "mohammed",
        "mohamed",
        "mohammad",
        "mohamad",
        "mouhammad",
        "ali",
        "ahmed",
        "ahmad",
        "khaled",
        "khalid",
        "jumaa",
        "juma",
        "najah",
        "qassem",
        "qasim",
        "hussein",
        "abdel",
        "abdul",
        "abdallah",
        "abdullah",
        "mahdi",
        "ayad",
        "abdul-mahdi",
        "abdel-mahdi",
        "saleh",
        "salih",
        "othman",
        "osama",
        "oussama",
        "moqtada",
        "muqtada",
        "qais",
        "falih",
        "faleh",
        "hamid",
        "hadi",
        "hamad",
        "abou",
        "abu",
        "abdelkader",
        "thabet",
        "abdul-latif",
        "abdel-latif",
        # United States
        "george",
        "donald",
        "joe",
        "barack",
        "hillary",
        "condoleezza",
        "colin",
        "dick",
        "robert",
        "leon",
        "chuck",
        "ashton",
        "ash",
        "lloyd",
        "rex",
        "mike",
        "antony",
        "john",
        "john-paul",
        "kamala",
        "jim",
        "paul",
        "william",
        "tom",
        "richard",
        "stephen",
        "patrick",
        "joseph",
        "kenneth",
        "marco",
        # Europe, Canada
        "ursula",
        "josep",
        "javier",
        "federica",
        "catherine",
        "kaja",
        "florence",
        "emmanuel",
        "francois",
        "nicolas",
        "jean",
        "jean-yves",
        "jean-marc",
        "jean-pierre",
        "jean-claude",
        "jean-louis",
        "jean-luc",
        "jean-francois",
        "jean-michel",
        "jean-paul",
        "jean-noel",
        "jean-baptiste",
        "jean-charles",
        "jean-marie",
        "jean-jacques",
        "pierre",
        "marie",
        "michel",
        "michele",
        "philippe",
        "alain",
        "herve",
        "didier",
        "sophie",
        "charles",
        "louis",
        "laurent",
        "olivier",
        "sylvie",
        "sebastien",
        "gerald",
        "angela",
        "olaf",
        "annegret",
        "boris",
        "theresa",
        "tony",
        "justin",
        "mette",
        "lars",
        "ludivine",
        "steven",
        "alexander",
        "elio",
        "ludovic",
        "pieter",
        "hadja",
        "sander",
        "frank-walter",
        "ben",
        "liz",
        "rishi",
        "keir",
        "giorgia",
        "matteo",
        "mario",
        "pedro",
        "mariano",
        "recep",
        "hulusi",
        "mevlut",
        "tayyip",
        "vladimir",
        "sergei",
        "sergueï",
        "benyamin",
        "benjamin",
        "ehud",
        "ashraf",
        "anthony",
        "volodymyr",
        "andrzej",
        "viktor",
        "nikol",
        "yves",
        "eric",
        "francoise",
        "nathalie",
        "valerie",
        "isabelle",
        "anne",
        "claire",
        "julien",
        "thomas",
        "nicola",
        "christine",
        "margaret",
        "martin",
        "peter",
        "hans",
        "karl",
        "maria",
    }
)

#: Capitalised words that are never part of a person's name: sentence-initial function words,
#: institutions, places, months and days, web furniture. Folded.
NON_NAME_WORDS: frozenset[str] = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "de",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "mon",
        "ma",
        "mes",
        "dans",
        "en",
        "au",
        "aux",
        "a",
        "pour",
        "par",
        "selon",
        "comme",
        "mais",
        "et",
        "ou",
        "donc",
        "or",
        "ni",
        "car",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "on",
        "je",
        "tu",
        "qui",
        "que",
        "quoi",
        "dont",
        "apres",
        "avant",
        "depuis",
        "pendant",
        "lors",
        "sur",
        "sous",
        "avec",
        "sans",
        "vers",
        "chez",
        "entre",
        "grace",
        "malgre",
        "contre",
        "outre",
        "ainsi",
        "alors",
        "aussi",
        "encore",
        "enfin",
        "puis",
        "cependant",
        "pourtant",
        "toutefois",
        "neanmoins",
        "desormais",
        "dorenavant",
        "aujourd'hui",
        "hier",
        "demain",
        "rappelant",
        "soulignant",
        "conformement",
        "partira",
        "tous",
        "tout",
        "toutes",
        "toute",
        "certains",
        "plusieurs",
        "chaque",
        "aucun",
        "aucune",
        "si",
        "quand",
        "lorsque",
        "ici",
        "sud",
        "nord",
        "est",
        "ouest",
        "saint",
        "sainte",
        # institutions and bodies
        "conseil",
        "centre",
        "etat",
        "etats",
        "etats-unis",
        "pays",
        "nations",
        "union",
        "mission",
        "operation",
        "force",
        "forces",
        "ministere",
        "bureau",
        "commandement",
        "alliance",
        "otan",
        "nato",
        "coalition",
        "gouvernement",
        "armee",
        "service",
        "services",
        "direction",
        "agence",
        "sommet",
        "declaration",
        "parlement",
        "assemblee",
        "senat",
        "commission",
        "cour",
        "tribunal",
        "universite",
        "institut",
        "academie",
        "ecole",
        "college",
        "comite",
        "conference",
        "programme",
        "initiative",
        "partenariat",
        "resolute",
        "support",
        "dernieres",
        "infos",
        "rechercher",
        "source",
        "maison",
        "blanche",
        "pentagone",
        "kremlin",
        "quai",
        "elysee",
        "matignon",
        "republique",
        "royaume",
        "golfe",
        "moyen-orient",
        "proche-orient",
        "europe",
        "afrique",
        "asie",
        "amerique",
        "occident",
        "islam",
        "islamique",
        "daech",
        "daesh",
        "ei",
        "eiil",
        "isis",
        "talibans",
        "hezbollah",
        "hachd",
        "peshmergas",
        "kurdistan",
        "levant",
        "atlantique",
        "defense",
        "interieur",
        "affaires",
        "etrangeres",
        "ministres",
        "ambassadeurs",
        "allies",
        "alliees",
        "membres",
        "forum",
        "groupe",
        "reseau",
        # time words
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        *FRENCH_MONTHS,  # folded month names, from lexicon.time
        # press
        "afp",
        "belga",
        "reuters",
        "ap",
        "soir",
        "libre",
        "monde",
        "figaro",
        "liberation",
        "presse",
    }
)

#: Capitalised nouns that head an institution's name; a bare title right after them with ``du``
#: (``Bureau du conseiller à la sécurité nationale``) names an office, not a person.
INSTITUTION_HEADS: frozenset[str] = frozenset(
    {
        "bureau",
        "centre",
        "cabinet",
        "office",
        "service",
        "services",
        "secretariat",
        "direction",
        "conseil",
        "commandement",
        "etat-major",
        "residence",
        "palais",
        "ministere",
        "operations",
        "cellule",
    }
)

#: Reporting verbs: lemma -> (past participles, finite forms). Finite forms are the 3rd person
#: present, passé simple and imperfect of AFP copy (``affirme``, ``affirma``, ``affirmait``,
#: ``affirment``). ``dit`` is both a participle and a finite form.
REPORTING_VERBS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "déclarer": (("déclaré",), ("déclare", "déclarent", "déclara", "déclarait")),
    "dire": (("dit",), ("dit", "disent", "disait")),
    "affirmer": (("affirmé",), ("affirme", "affirment", "affirma", "affirmait")),
    "réaffirmer": (("réaffirmé",), ("réaffirme", "réaffirment", "réaffirma")),
    "annoncer": (("annoncé",), ("annonce", "annoncent", "annonça", "annonçait")),
    "indiquer": (("indiqué",), ("indique", "indiquent", "indiqua", "indiquait")),
    "préciser": (("précisé",), ("précise", "précisent", "précisa", "précisait")),
    "ajouter": (("ajouté",), ("ajoute", "ajoutent", "ajouta", "ajoutait")),
    "souligner": (("souligné",), ("souligne", "soulignent", "souligna", "soulignait")),
    "assurer": (("assuré",), ("assure", "assurent", "assura", "assurait")),
    "expliquer": (("expliqué",), ("explique", "expliquent", "expliqua", "expliquait")),
    "estimer": (("estimé",), ("estime", "estiment", "estima", "estimait")),
    "poursuivre": (("poursuivi",), ("poursuit", "poursuivent", "poursuivit")),
    "rappeler": (("rappelé",), ("rappelle", "rappellent", "rappela", "rappelait")),
    "insister": (("insisté",), ("insiste", "insistent", "insista")),
    "confier": (("confié",), ("confie", "confient", "confia")),
    "répéter": (("répété",), ("répète", "répètent", "répéta")),
    "marteler": (("martelé",), ("martèle", "martela")),
    "noter": (("noté",), ("note", "notent", "nota")),
    "relever": (("relevé",), ("relève", "releva")),
    "conclure": (("conclu",), ("conclut", "concluent")),
    "avertir": (("averti",), ("avertit", "avertissent")),
    "prévenir": (("prévenu",), ("prévient", "préviennent", "prévint")),
    "reconnaître": (("reconnu",), ("reconnaît", "reconnait", "reconnaissent", "reconnut")),
    "commenter": (("commenté",), ("commente", "commenta")),
    "déplorer": (("déploré",), ("déplore", "déplorent", "déplora")),
    "lancer": (("lancé",), ("lance", "lança")),
    "écrire": (("écrit",), ("écrit", "écrivent")),
    "faire savoir": (("fait savoir",), ("fait savoir",)),
    "faire valoir": (("fait valoir",), ("fait valoir",)),
}

#: Verbs that report what someone said by quoting a word or a phrase of it as their object or
#: complement, with no comma: ``a salué « un signal fort »``, ``a qualifié de « positive »``,
#: ``a jugé ce vote « contraignant »``, ``s'est félicité d'une « étape importante »``. Same shape
#: as :data:`REPORTING_VERBS`. They attribute a quote that follows them in their clause, but are
#: not reporting clauses on their own (``a salué l'accord`` is no statement to report).
#: Feminine participles serve the reflexive forms (``s'est dite « préoccupée »``).
QUOTE_VERBS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "saluer": (("salué",), ("salue", "saluent", "salua")),
    "qualifier": (("qualifié",), ("qualifie", "qualifient", "qualifia")),
    "évoquer": (("évoqué",), ("évoque", "évoquent", "évoqua")),
    "dénoncer": (("dénoncé",), ("dénonce", "dénoncent", "dénonça")),
    "juger": (("jugé",), ("juge", "jugent", "jugea")),
    "plaider": (("plaidé",), ("plaide", "plaident")),
    "appeler": (("appelé",), ("appelle", "appellent")),
    "réclamer": (("réclamé",), ("réclame", "réclament")),
    "promettre": (("promis",), ("promet", "promettent", "promit")),
    "décrire": (("décrit",), ("décrit", "décrivent")),
    "vanter": (("vanté",), ("vante", "vantent")),
    "fustiger": (("fustigé",), ("fustige", "fustigent")),
    "critiquer": (("critiqué",), ("critique", "critiquent")),
    "condamner": (("condamné",), ("condamne", "condamnent")),
    "regretter": (("regretté",), ("regrette", "regrettent")),
    "souhaiter": (("souhaité",), ("souhaite", "souhaitent")),
    "espérer": (("espéré",), ("espère", "espèrent")),
    "exprimer": (("exprimé",), ("exprime", "expriment")),
    "parler": (("parlé",), ("parle", "parlent")),
    "prôner": (("prôné",), ("prône", "prônent")),
    "exhorter": (("exhorté",), ("exhorte", "exhortent")),
    "demander": (("demandé",), ("demande", "demandent")),
    "mettre en garde": (("mis en garde",), ("met en garde", "mettent en garde")),
    "se féliciter": (("félicité", "félicitée", "félicités"), ()),
    "se réjouir": (("réjoui", "réjouie", "réjouis"), ()),
    "se dire": (("dite", "dits"), ()),
    "se montrer": (("montré", "montrée", "montrés"), ()),
    "se déclarer": (("déclarée", "déclarés"), ()),
}

#: Reflexive auxiliaries: ``s'est félicité``, ``se sont dits``, ``s'était montré``.
REFLEXIVE_AUXILIARIES: tuple[str, ...] = ("s'est", "s'etait", "s'était", "se sont", "s'etaient", "s'étaient")

#: Auxiliaries before a past participle in a reporting clause (``a dit``, ``avait demandé``).
AUXILIARIES: tuple[str, ...] = ("a", "ont", "avait", "avaient", "aurait", "auraient", "aura")

#: Words that may sit between the auxiliary and the participle (``a encore affirmé``) or between
#: the verb and an inverted speaker (``a annoncé jeudi le secrétaire général``). Folded.
REPORT_ADVERBS: tuple[str, ...] = (
    "encore",
    "egalement",
    "aussi",
    "ensuite",
    "ainsi",
    "notamment",
    "de nouveau",
    "a nouveau",
    "alors",
    "pour sa part",
    "pour leur part",
    "quant a lui",
    "quant a elle",
    "toutefois",
    "pourtant",
    "en outre",
    "enfin",
    "meme",
    "deja",
    "d'ailleurs",
    "par ailleurs",
    "cependant",
    "neanmoins",
    "clairement",
    "fermement",
    "publiquement",
    "hier",
    "aujourd'hui",
    "ce matin",
    "ce soir",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lundi soir",
    "mardi soir",
    "mercredi soir",
    "jeudi soir",
    "vendredi soir",
    "samedi soir",
    "dimanche soir",
    "lundi matin",
    "mardi matin",
    "mercredi matin",
    "jeudi matin",
    "vendredi matin",
    "samedi matin",
    "dimanche matin",
    "a la presse",
    "aux journalistes",
    "a des journalistes",
    "a l'afp",
    "a belga",
    "a reuters",
    "devant la presse",
    "devant les journalistes",
)

#: Words that end an inverted speaker's noun phrase (``a précisé M. Stoltenberg au cours
#: d'une conférence``, ``a précisé l'Alliance dans un communiqué``). Folded.
SPEAKER_STOPS: frozenset[str] = frozenset(
    {
        "au",
        "aux",
        "lors",
        "dans",
        "devant",
        "apres",
        "avant",
        "pendant",
        "sur",
        "par",
        "selon",
        "lorsque",
        "tout",
        "en",
        "depuis",
        "a",
        "avec",
        "pour",
        "qui",
        "que",
        "qu",
        "dont",
        "ou",
        "et",
        "ce",
        "cette",
        "cet",
        "mais",
        "car",
        "sans",
        "vers",
        "chez",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "hier",
        "aujourd'hui",
        "s'exprimant",
        "interroge",
        "interrogee",
        "cite",
        "citee",
        "lui-meme",
        "elle-meme",
        "le",
        "la",
        "les",
        "l",
        "de",
        "du",
        "des",
        "d",
        "un",
        "une",
        "a-t-il",
        "a-t-elle",
        "est",
        "sont",
        "etait",
        "sera",
        "ont",
        "avait",
    }
)

#: Words that announce a *name* in quotation marks rather than a quote
#: (``le prétendu « État islamique »``, ``une opération baptisée "Inherent Resolve"``). Folded.
NAMING_CUES: frozenset[str] = frozenset(
    {
        "pretendu",
        "pretendue",
        "pretendus",
        "pretendues",
        "soi-disant",
        "baptise",
        "baptisee",
        "baptises",
        "baptisees",
        "appele",
        "appelee",
        "appeles",
        "appelees",
        "denomme",
        "denommee",
        "surnomme",
        "surnommee",
        "intitule",
        "intitulee",
        "nomme",
        "nommee",
        "dite",
        "dit",
        "autoproclame",
        "autoproclamee",
        "label",
        "nom",
        "mot",
        "terme",
        "slogan",
        "expression",
        "qualifie",
        "qualifiee",
    }
)

#: French function words: determiners, prepositions, conjunctions, pronouns and clitics. A quote
#: needs four words *outside* this list (or a sentence's shape): ``« d'une demande des autorités
#: irakiennes »`` has three content words and is a fragment of the reporter's sentence. Folded.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "de",
        "d",
        "du",
        "au",
        "aux",
        "a",
        "en",
        "et",
        "ou",
        "dans",
        "par",
        "pour",
        "sur",
        "avec",
        "sans",
        "sous",
        "vers",
        "chez",
        "entre",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "vos",
        "mon",
        "ma",
        "mes",
        "qui",
        "que",
        "qu",
        "dont",
        "ne",
        "n",
        "pas",
        "se",
        "s",
        "y",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "je",
        "j",
        "on",
        "lui",
        "me",
        "m",
        "te",
        "t",
        "c",
        "the",
        "of",
        "and",
        "in",
        "to",
        "for",
        "at",
        "by",
        "an",
    }
)

#: Prepositions after which a noun phrase is governed, not a subject: a name or title right after
#: them is not who speaks (``une demande du Premier ministre Iyad Allaoui, a annoncé X``). Lower
#: case, accents kept (``a`` is the auxiliary, ``à`` the preposition).
SUBJECT_BLOCKERS: frozenset[str] = frozenset(
    {
        "de", "du", "des", "d'", "à", "au", "aux", "par", "pour", "avec", "sur", "sous", "contre",
        "chez", "entre", "vers", "selon", "dans", "en", "après", "avant", "devant", "derrière", "sans",
        "malgré", "envers",
    }
)  # fmt: skip

#: Determiners: a verb form right after one is a noun (``la demande``, ``une note``, ``cette
#: annonce``). Lower case, accents kept.
DETERMINERS: frozenset[str] = frozenset(
    {
        "le", "la", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
        "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "chaque", "toute",
        "aucune", "aucun", "quelle", "quel", "première", "dernière", "nouvelle",
    }
)  # fmt: skip

#: Words that introduce a speaker *before* a quote: ``selon M. X, « ... »``. Folded.
ATTRIBUTION_PREPOSITIONS: tuple[str, ...] = ("selon", "d'apres")

#: The same, only at the start of a sentence, where they cannot be anything else: ``Pour la
#: ministre, « ... »`` (``pour`` inside a sentence is mostly a purpose). Folded.
SENTENCE_INITIAL_ATTRIBUTIONS: tuple[str, ...] = ("pour",)


# --- English ------------------------------------------------------------------------------------
# English copy of the genre: NATO's English releases (British spelling: ``Defence``), Reuters, AP
# and AFP English wire copy (American spelling: ``Defense``, ``U.S.``). Same conventions as the
# French tables: keys folded, values the language-neutral keys the French tables use. Title keys
# are the French masculine forms above, which serve as concept keys shared by both languages, so
# that one :data:`OFFICES` table gives ``secretary general of NATO`` and ``secrétaire général de
# l'OTAN`` the same office.

#: Honorifics before a name, with or without the dot (surface form -> canonical form).
EN_HONORIFICS: dict[str, str] = {
    "Mr": "Mr",
    "Mr.": "Mr",
    "Mrs": "Mrs",
    "Mrs.": "Mrs",
    "Ms": "Ms",
    "Ms.": "Ms",
    "Miss": "Miss",
    "Dr": "Dr",
    "Dr.": "Dr",
    "Prof.": "Prof",
    "Sir": "Sir",
    "Dame": "Dame",
}

#: Person titles (folded) -> concept key (the French key of the same title, or an English one).
EN_TITLES: dict[str, str] = {
    "secretary general": "secretaire general",
    "secretary-general": "secretaire general",
    "deputy secretary general": "secretaire general adjoint",
    "deputy secretary-general": "secretaire general adjoint",
    "assistant secretary general": "assistant secretary general",
    "assistant secretary-general": "assistant secretary general",
    "secretary of state": "secretaire d'etat",
    "secretary": "secretaire",  # ``Defense Secretary``, ``Secretary of Defense``: with a department
    "prime minister": "premier ministre",
    "premier": "premier ministre",  # wire copy: ``Iraqi Premier Nouri al-Maliki``
    "deputy prime minister": "vice-premier ministre",
    "minister": "ministre",
    "president": "president",
    "vice president": "vice-president",
    "vice-president": "vice-president",
    "spokesperson": "porte-parole",
    "spokesman": "porte-parole",
    "spokeswoman": "porte-parole",
    "ambassador": "ambassadeur",
    "permanent representative": "representant permanent",
    "high representative": "haut representant",
    "special representative": "representant special",
    "special envoy": "representant special",
    "chief of staff": "chef d'etat-major",
    "chief of defence": "chef d'etat-major",
    "chief of defense": "chef d'etat-major",
    "chief of the defence staff": "chef d'etat-major",
    "chief of defence staff": "chef d'etat-major",
    "chairman of the joint chiefs of staff": "chairman of the joint chiefs of staff",
    "top diplomat": "chef de la diplomatie",
    "head of mission": "chef de mission",
    "mission commander": "chef de mission",
    "commander in chief": "commandant en chef",
    "commander-in-chief": "commandant en chef",
    "supreme allied commander europe": "commandant supreme",
    "supreme allied commander": "commandant supreme",
    "commander": "commandant",  # both a function and a (naval) rank
    "senior military officer": "haut responsable militaire",
    "national security adviser": "conseiller a la securite nationale",
    "national security advisor": "conseiller a la securite nationale",
    "director general": "directeur general",
    "director-general": "directeur general",
    "chancellor": "chancelier",
    "king": "roi",
    "queen": "reine",
    "emir": "emir",
    "crown prince": "prince heritier",
    "grand ayatollah": "grand ayatollah",
    "head of government": "premier ministre",
    "head of state": "president",
    "attorney general": "attorney general",  # not the rank ``General``
    # ``the NATO chief`` (the Secretary General), ``the Pentagon chief`` (the Secretary of Defense)
    "chief": "chief",
    "chair": "chair",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
}

#: Ranks of the US, British, Canadian and allied forces as English copy writes them, with the
#: abbreviations of AP and Reuters style (``Lt. Gen.``, ``Maj. Gen.``, ``Brig. Gen.``, ``Adm.``)
#: and of NATO releases (``Lt Gen``), folded -> concept key.
EN_RANKS: dict[str, str] = {
    "general": "general",
    "gen.": "general",
    "gen": "general",
    "lieutenant general": "lieutenant-general",
    "lieutenant-general": "lieutenant-general",
    "lt. gen.": "lieutenant-general",
    "lt.-gen.": "lieutenant-general",
    "lt gen": "lieutenant-general",
    "lt-gen": "lieutenant-general",
    "lt.gen.": "lieutenant-general",
    "major general": "major general",
    "major-general": "major general",
    "maj. gen.": "major general",
    "maj.-gen.": "major general",
    "maj gen": "major general",
    "maj-gen": "major general",
    "brigadier general": "general de brigade",
    "brigadier-general": "general de brigade",
    "brig. gen.": "general de brigade",
    "brig.-gen.": "general de brigade",
    "brig gen": "general de brigade",
    "brigadier": "brigadier",
    "brig.": "brigadier",
    "colonel": "colonel",
    "col.": "colonel",
    "col": "colonel",
    "lieutenant colonel": "lieutenant-colonel",
    "lieutenant-colonel": "lieutenant-colonel",
    "lt. col.": "lieutenant-colonel",
    "lt.-col.": "lieutenant-colonel",
    "lt col": "lieutenant-colonel",
    "major": "major",
    "maj.": "major",
    "captain": "capitaine",
    "capt.": "capitaine",
    "lieutenant": "lieutenant",
    "lt.": "lieutenant",
    "sergeant": "sergent",
    "sgt.": "sergent",
    "staff sergeant": "staff sergeant",
    "staff sgt.": "staff sergeant",
    "master sergeant": "master sergeant",
    "master sgt.": "master sergeant",
    "corporal": "caporal",
    "cpl.": "caporal",
    "warrant officer": "adjudant",
    "admiral": "amiral",
    "adm.": "amiral",
    "vice admiral": "vice-amiral",
    "vice-admiral": "vice-amiral",
    "vice adm.": "vice-amiral",
    "rear admiral": "contre-amiral",
    "rear-admiral": "contre-amiral",
    "rear adm.": "contre-amiral",
    "commodore": "commodore",
    "cmdr.": "commandant",
    "cdr.": "commandant",
    "lieutenant commander": "lieutenant commander",
    "lt. cmdr.": "lieutenant commander",
    "lt. cdr.": "lieutenant commander",
    "air marshal": "air marshal",
    "air chief marshal": "air chief marshal",
    "air vice marshal": "air vice marshal",
    "air vice-marshal": "air vice marshal",
    "field marshal": "marechal",
    "marshal": "marechal",
}

#: Abbreviated ranks -> the rank written in full, which is the role's ``title``: ``Lt. Gen.`` and
#: ``Lieutenant General`` are one title. Folded.
EN_EXPANSIONS: dict[str, str] = {
    "gen.": "general",
    "gen": "general",
    "lt. gen.": "lieutenant general",
    "lt.-gen.": "lieutenant general",
    "lt gen": "lieutenant general",
    "lt-gen": "lieutenant general",
    "lt.gen.": "lieutenant general",
    "maj. gen.": "major general",
    "maj.-gen.": "major general",
    "maj gen": "major general",
    "maj-gen": "major general",
    "brig. gen.": "brigadier general",
    "brig.-gen.": "brigadier general",
    "brig gen": "brigadier general",
    "brig.": "brigadier",
    "col.": "colonel",
    "col": "colonel",
    "lt. col.": "lieutenant colonel",
    "lt.-col.": "lieutenant colonel",
    "lt col": "lieutenant colonel",
    "maj.": "major",
    "capt.": "captain",
    "lt.": "lieutenant",
    "sgt.": "sergeant",
    "staff sgt.": "staff sergeant",
    "master sgt.": "master sergeant",
    "cpl.": "corporal",
    "adm.": "admiral",
    "vice adm.": "vice admiral",
    "rear adm.": "rear admiral",
    "cmdr.": "commander",
    "cdr.": "commander",
    "lt. cmdr.": "lieutenant commander",
    "lt. cdr.": "lieutenant commander",
}

#: Ranks that are also common words (``a major step``, ``in general``, ``the general public``,
#: ``a private company``, ``col`` and ``gen`` as fragments): a rank only when written with a
#: capital and followed by a name, never a bare title. Folded.
EN_AMBIGUOUS_RANKS: frozenset[str] = frozenset({"general", "major", "marshal", "gen", "col", "brigadier"})

#: Departments written *after* a title (``Secretary of Defense``, ``Minister for Foreign
#: Affairs``, ``chair of the NATO Military Committee``): folded phrase after ``of``/``for`` (and
#: an optional ``the``) -> key.
EN_DEPARTMENTS: dict[str, str] = {
    "defense": "defense",
    "defence": "defense",
    "national defence": "defense",
    "national defense": "defense",
    "foreign affairs": "foreign-affairs",
    "interior": "interior",
    "finance": "finance",
    "justice": "justice",
    "oil": "oil",
    "electricity": "electricity",
    "health": "health",
    "water resources": "water-resources",
    "national security": "national-security",
    "state for defence": "defense",
    "military committee": "military-committee",
    "nato military committee": "military-committee",
}

#: Departments written *before* a title (``Defense Secretary``, ``Foreign Minister``), folded.
EN_PRE_DEPARTMENTS: dict[str, str] = {
    "defense": "defense",
    "defence": "defense",
    "foreign": "foreign-affairs",
    "interior": "interior",
    "finance": "finance",
    "justice": "justice",
    "oil": "oil",
    "electricity": "electricity",
    "health": "health",
    "armed forces": "armed-forces",
    "armed services": "armed-services",
}

#: Titles that name one country's office without saying which (folded title as written ->
#: country): ``Secretary of Defense`` / ``Defense Secretary`` is the US office (American
#: spelling, and the UK's title is ``Secretary of State for Defence``); a bare ``Defence
#: Secretary`` in British spelling is the UK's.
EN_IMPLIED_COUNTRIES: dict[str, str] = {
    "secretary of defense": "United States",
    "defense secretary": "United States",
    "defence secretary": "United Kingdom",
    "secretary of state for defence": "United Kingdom",
}

#: Adjectives after a title that keep the office (``Prime Minister-designate``), folded.
EN_TITLE_QUALIFIERS: tuple[str, ...] = ("designate", "elect")

#: Words before a title (``the new NATO chief``, ``former Prime Minister``) -> whether the person
#: holds the office now (see :data:`PRE_TITLE_QUALIFIERS`). Folded.
EN_PRE_TITLE_QUALIFIERS: dict[str, bool] = {
    "new": True,
    "current": True,
    "acting": True,
    "incoming": True,
    "outgoing": True,
    "interim": True,
    "caretaker": True,
    "former": False,
    "ex-": False,
    "then-": False,
    "late": False,
    "future": False,
}

#: Units a title belongs to before its organisation (``commander of the NATO mission``), folded.
EN_ROLE_UNITS: tuple[str, ...] = (
    "mission",
    "coalition",
    "force",
    "forces",
    "operation",
    "army",
    "command",
    "delegation",
    "training mission",
    "advisory mission",
    "security forces",
    "armed forces",
    "federal police",
    "committee",
    "commission",
    "cabinet",
    "staff",
    "navy",
    "division",
    "brigade",
)

#: Appositions that give an officer's country (``Maj. Gen. Jennie Carignan, of the Canadian
#: Armed Forces``): the service, after the nationality adjective. Folded.
EN_NATIONAL_SERVICES: tuple[str, ...] = (
    "of the",
    "from the",
)

#: Nationality adjectives as English writes them (folded) -> country. ``U.S.`` and ``US`` are
#: adjectives before a title (``U.S. Defense Secretary``).
EN_NATIONALITIES: dict[str, str] = {
    **dict.fromkeys(("iraqi", "iraqis"), "Iraq"),
    **dict.fromkeys(("american", "u.s.", "us", "u.s"), "United States"),
    "french": "France",
    "belgian": "Belgium",
    "canadian": "Canada",
    "danish": "Denmark",
    **dict.fromkeys(("british", "u.k.", "uk"), "United Kingdom"),
    "german": "Germany",
    "italian": "Italy",
    "spanish": "Spain",
    "dutch": "Netherlands",
    "norwegian": "Norway",
    "turkish": "Türkiye",
    "polish": "Poland",
    "hungarian": "Hungary",
    "syrian": "Syria",
    "iranian": "Iran",
    "afghan": "Afghanistan",
    "kuwaiti": "Kuwait",
    "jordanian": "Jordan",
    "russian": "Russia",
    "luxembourgish": "Luxembourg",
    "portuguese": "Portugal",
    "greek": "Greece",
    "swedish": "Sweden",
    "finnish": "Finland",
    "romanian": "Romania",
    "czech": "Czechia",
    "australian": "Australia",
    "qatari": "Qatar",
}

#: Country names (folded) -> canonical name; ``Iraq's prime minister`` takes the possessive.
EN_COUNTRIES: dict[str, str] = {
    "iraq": "Iraq",
    "united states": "United States",
    "the united states": "United States",
    "america": "United States",
    "washington": "United States",
    "france": "France",
    "belgium": "Belgium",
    "canada": "Canada",
    "denmark": "Denmark",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "united kingdom": "United Kingdom",
    "germany": "Germany",
    "italy": "Italy",
    "spain": "Spain",
    "netherlands": "Netherlands",
    "the netherlands": "Netherlands",
    "norway": "Norway",
    "turkey": "Türkiye",
    "turkiye": "Türkiye",
    "poland": "Poland",
    "hungary": "Hungary",
    "syria": "Syria",
    "iran": "Iran",
    "afghanistan": "Afghanistan",
    "kuwait": "Kuwait",
    "jordan": "Jordan",
    "russia": "Russia",
    "qatar": "Qatar",
    "luxembourg": "Luxembourg",
    "portugal": "Portugal",
    "greece": "Greece",
}

#: Organisations (folded) -> canonical short name (the names of :data:`.places.ORGANISATIONS`).
EN_ORGANISATIONS: dict[str, str] = {
    "nato": "NATO",
    "alliance": "NATO",
    "the alliance": "NATO",
    "north atlantic treaty organization": "NATO",
    "north atlantic treaty organisation": "NATO",
    "un": "UN",
    "u.n.": "UN",
    "united nations": "UN",
    "the united nations": "UN",
    "eu": "EU",
    "european union": "EU",
    "the european union": "EU",
    "coalition": "Global Coalition against Daesh",
    "the coalition": "Global Coalition against Daesh",
    "pentagon": "United States Department of Defense",
    "the pentagon": "United States Department of Defense",
    "white house": "White House",
    "the white house": "White House",
}

#: Words that look like names but are places, bodies or groups: never a person. Folded.
EN_NOT_PEOPLE: frozenset[str] = frozenset(
    {
        "nato",
        "alliance",
        "baghdad",
        "brussels",
        "washington",
        "iraq",
        "syria",
        "islamic state",
        "daesh",
        "isis",
        "isil",
        "is",
        "al-qaeda",
        "al qaeda",
        "kabul",
        "doha",
        "munich",
        "paris",
        "london",
        "moscow",
        "ankara",
        "erbil",
        "mosul",
        "basra",
        "europe",
        "pentagon",
        "the pentagon",
        "white house",
        "the white house",
        "kurdistan",
        "anbar",
        "kirkuk",
        "tikrit",
        "falluja",
        "fallujah",
        "ramadi",
    }
)

#: Capitalised English words never part of a person's name: sentence-initial function words,
#: institutions, places, months and days, wire-service names. Folded.
EN_NON_NAME_WORDS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
        "in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "after", "before",
        "during", "since", "until", "under", "over", "about", "against", "between", "into", "as",
        "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "where", "although", "though",
        "because", "however", "meanwhile", "moreover", "also", "still", "then", "now", "today",
        "yesterday", "tomorrow", "last", "next", "earlier", "later", "he", "she", "it", "they", "we",
        "i", "you", "there", "here", "what", "which", "who", "whose", "some", "many", "several",
        "all", "both", "each", "every", "other", "another", "such", "more", "most", "no", "not",
        "according", "asked", "speaking", "said", "says", "told", "added", "within",
        "officials", "official", "diplomats", "diplomat", "sources", "analysts", "residents",
        "lawmakers", "allies", "ally", "leaders", "ministers", "troops", "soldiers", "forces",
        # institutions and bodies
        "council", "centre", "center", "state", "states", "united", "nations", "union", "mission",
        "operation", "force", "ministry", "department", "office", "bureau", "command", "alliance",
        "nato", "coalition", "government", "army", "navy", "air", "service", "services", "agency",
        "summit", "declaration", "parliament", "assembly", "senate", "congress", "house",
        "commission", "court", "university", "institute", "academy", "school", "college",
        "committee", "conference", "program", "programme", "initiative", "partnership", "resolute",
        "support", "inherent", "resolve", "white", "pentagon", "kremlin", "republic", "kingdom",
        "gulf", "middle", "east", "west", "north", "south", "europe", "african", "africa", "asia",
        "america", "islamic", "islam", "daesh", "isis", "isil", "taliban", "hezbollah", "kurdistan",
        "levant", "atlantic", "defense", "defence", "interior", "foreign", "affairs", "security",
        "counter", "terrorism", "forum", "group", "network", "joint", "task", "headquarters",
        "democratic", "federal", "national", "international", "global", "prime", "minister",
        # time words
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
        # press
        "afp", "reuters", "ap", "associated", "press", "agence", "france-presse", "bbc", "cnn",
    }
)  # fmt: skip

#: English given names of the genre's officials, added to :data:`GIVEN_NAMES` for English texts.
EN_GIVEN_NAMES: frozenset[str] = frozenset(
    {"pete", "lloyd", "ben", "grant", "liam", "gavin", "ash", "leon", "jim", "jamie", "ted", "kurt", "brett"}
)

#: English reporting verbs: lemma -> (participles after ``has``/``had``, bare forms). English
#: past forms are both; nouns that are also 3rd-person forms (``states``, ``notes``, ``calls``)
#: are left out on purpose.
EN_REPORTING_VERBS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "say": (("said",), ("said", "says")),
    "tell": (("told",), ("told", "tells")),
    "add": (("added",), ("added", "adds")),
    "state": (("stated",), ("stated",)),
    "announce": (("announced",), ("announced", "announces")),
    "declare": (("declared",), ("declared", "declares")),
    "stress": (("stressed",), ("stressed",)),
    "note": (("noted",), ("noted",)),
    "explain": (("explained",), ("explained", "explains")),
    "insist": (("insisted",), ("insisted", "insists")),
    "warn": (("warned",), ("warned", "warns")),
    "confirm": (("confirmed",), ("confirmed", "confirms")),
    "affirm": (("affirmed",), ("affirmed",)),
    "reaffirm": (("reaffirmed",), ("reaffirmed", "reaffirms")),
    "emphasise": (("emphasised", "emphasized"), ("emphasised", "emphasized")),
    "underline": (("underlined",), ("underlined",)),
    "indicate": (("indicated",), ("indicated",)),
    "acknowledge": (("acknowledged",), ("acknowledged",)),
    "write": (("wrote", "written"), ("wrote", "writes")),
    "tweet": (("tweeted",), ("tweeted",)),
    "remark": (("remarked",), ("remarked",)),
    "recall": (("recalled",), ("recalled",)),
    "reiterate": (("reiterated",), ("reiterated",)),
}

#: English verbs that quote their object (``welcomed the "historic step"``, ``called it
#: "unacceptable"``): attribute a quote close after them, are no reporting clause alone.
EN_QUOTE_VERBS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "welcome": (("welcomed",), ("welcomed", "welcomes")),
    "praise": (("praised",), ("praised", "praises")),
    "call": (("called",), ("called",)),
    "describe": (("described",), ("described", "describes")),
    "hail": (("hailed",), ("hailed", "hails")),
    "term": (("termed",), ("termed",)),
    "condemn": (("condemned",), ("condemned", "condemns")),
    "criticise": (("criticised", "criticized"), ("criticised", "criticized")),
    "denounce": (("denounced",), ("denounced",)),
    "vow": (("vowed",), ("vowed", "vows")),
    "pledge": (("pledged",), ("pledged",)),
    "promise": (("promised",), ("promised",)),
    "urge": (("urged",), ("urged", "urges")),
    "express": (("expressed",), ("expressed",)),
    "voice": (("voiced",), ("voiced",)),
}

#: English auxiliaries before a participle (``has said``, ``had told``).
EN_AUXILIARIES: tuple[str, ...] = ("has", "have", "had", "would have", "will have")

#: Words between an auxiliary and the participle, or a verb and an inverted speaker. Folded.
EN_REPORT_ADVERBS: tuple[str, ...] = (
    "also",
    "again",
    "later",
    "then",
    "further",
    "earlier",
    "previously",
    "repeatedly",
    "already",
    "clearly",
    "firmly",
    "publicly",
    "separately",
    "however",
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
)

#: Words that end an inverted speaker's noun phrase (``said Stoltenberg at a news conference``).
EN_SPEAKER_STOPS: frozenset[str] = frozenset(
    {
        "at", "in", "on", "during", "after", "before", "while", "when", "as", "to", "from", "with",
        "for", "by", "who", "which", "that", "and", "but", "or", "adding", "according", "told",
        "speaking", "said", "says", "is", "was", "are", "were", "has", "had", "have", "will",
        "would", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "the", "a", "an", "of", "this", "last", "next", "late", "early", "earlier", "later",
    }
)  # fmt: skip

#: Words that announce a quoted *name* rather than a quote (``the so-called "Islamic State"``).
EN_NAMING_CUES: frozenset[str] = frozenset(
    {
        "so-called", "dubbed", "named", "codenamed", "code-named", "titled", "entitled", "word",
        "term", "slogan", "label", "phrase", "nicknamed", "branded", "self-styled", "self-proclaimed",
    }
)  # fmt: skip

#: English function words: a quote needs four words outside this list, or a sentence's shape.
EN_FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without",
        "into", "onto", "over", "under", "about", "against", "between", "among", "through",
        "during", "after", "before", "since", "until", "as", "than", "and", "or", "but", "nor",
        "so", "if", "that", "this", "these", "those", "there", "here", "which", "who", "whom",
        "whose", "what", "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them",
        "their", "we", "us", "our", "you", "your", "i", "me", "my", "be", "is", "are", "was",
        "were", "been", "being", "am", "do", "does", "did", "have", "has", "had", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "not", "no", "s", "t", "ll",
        "re", "ve", "d", "m", "very", "too", "also", "just", "all", "any", "some", "each",
    }
)  # fmt: skip

#: Prepositions after which a name is governed, not a subject (``a request from Prime Minister
#: X``). Lower case.
EN_SUBJECT_BLOCKERS: frozenset[str] = frozenset(
    {
        "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "about", "against",
        "between", "among", "into", "under", "over", "after", "before", "during", "through",
        "toward", "towards", "despite", "like", "than", "via", "including",
    }
)  # fmt: skip

#: Determiners: a verb form right after one is a noun or an adjective (``the stated aim``).
EN_DETERMINERS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
        "your", "my", "each", "every", "no", "any", "some", "first", "last", "new", "well",
    }
)  # fmt: skip

#: Words introducing a speaker before or after a quote (``according to X``). Folded.
EN_ATTRIBUTION_PREPOSITIONS: tuple[str, ...] = ("according to",)

#: The same at the start of a sentence only: ``For Stoltenberg, "..."`` is rare; none.
EN_SENTENCE_INITIAL_ATTRIBUTIONS: tuple[str, ...] = ()

#: Subject pronouns of a reporting clause.
EN_PRONOUNS: tuple[str, ...] = ("he", "she", "they", "we", "it", "i")

#: Words before a full stop that does not end a sentence.
EN_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "lt", "col", "maj", "brig", "adm", "capt",
        "sgt", "cpl", "cmdr", "cdr", "gov", "sen", "rep", "rev", "jr", "sr", "no", "vol", "etc",
        "approx", "inc", "corp", "co", "vs", "ret", "pvt", "spc",
    }
)  # fmt: skip

#: Offices that only English titles name: rows of the same shape as :data:`OFFICES`.
EN_OFFICES: tuple[tuple[str, str | None, str | None, str | None, str], ...] = (
    ("chief", None, "NATO", None, "nato-secretary-general"),
    ("chief", None, "United States Department of Defense", None, "us-secretary-of-defense"),
    ("chair", "military-committee", "NATO", None, "nato-military-committee-chair"),
    ("chair", "military-committee", None, None, "nato-military-committee-chair"),
    ("secretaire", "defense", None, "United Kingdom", "uk-secretary-of-state-for-defence"),
    ("chairman of the joint chiefs of staff", None, None, None, "us-chairman-of-the-joint-chiefs-of-staff"),
    ("chairman of the joint chiefs of staff", None, None, "United States", "us-chairman-of-the-joint-chiefs-of-staff"),
)

#: Words before a full stop that does not end a sentence in French copy (``M. Stoltenberg``).
ABBREVIATIONS: frozenset[str] = frozenset(
    {"m", "mm", "mme", "dr", "st", "ste", "mgr", "pr", "etc", "cf", "av", "art", "no", "p", "vol", "gen", "col", "lt"}
)

#: Subject pronouns of a French reporting clause (``a-t-il dit``, ``il a dit``).
PRONOUNS: tuple[str, ...] = ("il", "elle", "on", "ils", "elles")

#: English institutions whose name may run up to a title (``Office of the National Security
#: Adviser``). Folded.
EN_INSTITUTION_HEADS: frozenset[str] = frozenset(
    {"office", "bureau", "department", "ministry", "council", "command", "headquarters", "center", "centre"}
)


@attrs.frozen(eq=False)
class PeopleLexicon:
    """The people and reporting vocabulary of one language, as the extractors use it.

    :mod:`nato_iraq.extract.people` and :mod:`nato_iraq.extract.quotes` pick the record of a
    document's language from :data:`LEXICONS` and build their patterns from it, once per
    language. Adding a language is adding a record (and, in the extractors, the few grammar
    fragments where its word order differs).
    """

    honorifics: Mapping[str, str]
    titles: Mapping[str, str]
    ranks: Mapping[str, str]
    expansions: Mapping[str, str]
    """Abbreviated titles -> the title written in full (the role's ``title``)."""
    ambiguous_ranks: frozenset[str]
    """Ranks that are also common words: a rank only in a narrower frame."""
    departments: Mapping[str, str]
    """Departments after a title."""
    pre_departments: Mapping[str, str]
    """Departments before a title (English ``Defense Secretary``); empty in French."""
    implied_countries: Mapping[str, str]
    """Titles that name one country's office without naming the country."""
    title_qualifiers: tuple[str, ...]
    pre_title_qualifiers: Mapping[str, bool]
    national_services: tuple[str, ...]
    offices: tuple[tuple[str, str | None, str | None, str | None, str], ...]
    name_particles: frozenset[str]
    capitalised_particles: frozenset[str]
    role_units: tuple[str, ...]
    name_prefixes: frozenset[str]
    given_names: frozenset[str]
    non_name_words: frozenset[str]
    institution_heads: frozenset[str]
    reporting_verbs: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
    quote_verbs: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
    reflexive_auxiliaries: tuple[str, ...]
    auxiliaries: tuple[str, ...]
    report_adverbs: tuple[str, ...]
    speaker_stops: frozenset[str]
    naming_cues: frozenset[str]
    function_words: frozenset[str]
    subject_blockers: frozenset[str]
    determiners: frozenset[str]
    attribution_prepositions: tuple[str, ...]
    sentence_initial_attributions: tuple[str, ...]
    pronouns: tuple[str, ...]
    abbreviations: frozenset[str]
    nationalities: Mapping[str, str]
    countries: Mapping[str, str]
    organisations: Mapping[str, str]
    not_people: frozenset[str]


FRENCH = PeopleLexicon(
    honorifics=HONORIFICS,
    titles=TITLES,
    ranks=RANKS,
    expansions={},
    ambiguous_ranks=frozenset({"generale"}),
    departments=DEPARTMENTS,
    pre_departments={},
    implied_countries={},
    title_qualifiers=TITLE_QUALIFIERS,
    pre_title_qualifiers=PRE_TITLE_QUALIFIERS,
    national_services=NATIONAL_SERVICES,
    offices=OFFICES,
    name_particles=NAME_PARTICLES,
    capitalised_particles=CAPITALISED_PARTICLES,
    role_units=ROLE_UNITS,
    name_prefixes=NAME_PREFIXES,
    given_names=GIVEN_NAMES,
    non_name_words=NON_NAME_WORDS,
    institution_heads=INSTITUTION_HEADS,
    reporting_verbs=REPORTING_VERBS,
    quote_verbs=QUOTE_VERBS,
    reflexive_auxiliaries=REFLEXIVE_AUXILIARIES,
    auxiliaries=AUXILIARIES,
    report_adverbs=REPORT_ADVERBS,
    speaker_stops=SPEAKER_STOPS,
    naming_cues=NAMING_CUES,
    function_words=FUNCTION_WORDS,
    subject_blockers=SUBJECT_BLOCKERS,
    determiners=DETERMINERS,
    attribution_prepositions=ATTRIBUTION_PREPOSITIONS,
    sentence_initial_attributions=SENTENCE_INITIAL_ATTRIBUTIONS,
    pronouns=PRONOUNS,
    abbreviations=ABBREVIATIONS,
    nationalities=places.NATIONALITIES,
    countries=places.COUNTRIES,
    organisations=places.ORGANISATIONS,
    not_people=places.NOT_PEOPLE,
)

ENGLISH = PeopleLexicon(
    honorifics=EN_HONORIFICS,
    titles=EN_TITLES,
    ranks=EN_RANKS,
    expansions=EN_EXPANSIONS,
    ambiguous_ranks=EN_AMBIGUOUS_RANKS,
    departments=EN_DEPARTMENTS,
    pre_departments=EN_PRE_DEPARTMENTS,
    implied_countries=EN_IMPLIED_COUNTRIES,
    title_qualifiers=EN_TITLE_QUALIFIERS,
    pre_title_qualifiers=EN_PRE_TITLE_QUALIFIERS,
    national_services=EN_NATIONAL_SERVICES,
    offices=OFFICES + EN_OFFICES,
    name_particles=NAME_PARTICLES,
    capitalised_particles=CAPITALISED_PARTICLES,
    role_units=EN_ROLE_UNITS,
    name_prefixes=NAME_PREFIXES,
    given_names=GIVEN_NAMES | EN_GIVEN_NAMES,
    non_name_words=EN_NON_NAME_WORDS,
    institution_heads=EN_INSTITUTION_HEADS,
    reporting_verbs=EN_REPORTING_VERBS,
    quote_verbs=EN_QUOTE_VERBS,
    reflexive_auxiliaries=(),
    auxiliaries=EN_AUXILIARIES,
    report_adverbs=EN_REPORT_ADVERBS,
    speaker_stops=EN_SPEAKER_STOPS,
    naming_cues=EN_NAMING_CUES,
    function_words=EN_FUNCTION_WORDS,
    subject_blockers=EN_SUBJECT_BLOCKERS,
    determiners=EN_DETERMINERS,
    attribution_prepositions=EN_ATTRIBUTION_PREPOSITIONS,
    sentence_initial_attributions=EN_SENTENCE_INITIAL_ATTRIBUTIONS,
    pronouns=EN_PRONOUNS,
    abbreviations=EN_ABBREVIATIONS,
    nationalities=EN_NATIONALITIES,
    countries=EN_COUNTRIES,
    organisations=EN_ORGANISATIONS,
    not_people=EN_NOT_PEOPLE,
)

#: Language code -> its vocabulary. A language without a record is read with French tables.
LEXICONS: Mapping[str, PeopleLexicon] = {"fr": FRENCH, "en": ENGLISH}
