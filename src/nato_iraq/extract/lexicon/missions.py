"""Known missions and programmes, the words that refer to missions, and advised institutions.

Known missions are shared by all languages; the reference and scope words of each language are
one :class:`MissionLexicon` record in :data:`LEXICONS` (French first, English ``EN_`` names after).

Provenance of :data:`KNOWN_MISSIONS`: public NATO facts as stated on nato.int (the "NATO
Mission Iraq" and "Relations with Iraq" topic pages, the NTM-I archive page, the Resolute
Support and ISAF pages) and the Global Coalition's public site. Periods are the operational
dates those pages give, at the precision they give (``2004-08`` = August 2004):

* NTM-I, NATO Training Mission-Iraq: set up August 2004 (after the NTIM-I implementation
  mission of the Istanbul summit), ended December 2011.
* NMI, NATO Mission Iraq: launched at the Brussels summit, July 2018; non-combat advisory and
  capacity-building mission, still running.
* DCB for Iraq: the Defence and Related Security Capacity Building Initiative, launched at the
  Wales summit (September 2014); Iraq requested a package, agreed in 2015.
* Resolute Support Mission (Afghanistan): January 2015 to September 2021.
* ISAF (Afghanistan): December 2001 to December 2014.
* Global Coalition against Daesh / Operation Inherent Resolve: from 2014.
* MNF-I, Multi-National Force - Iraq: the US-led force of May 2004 to December 2009, which the
  same French words ``coalition dirigée par les États-Unis`` named before the anti-IS coalition.

Names are written as the texts write them; matching is accent-, case- and spacing-tolerant
except for acronyms and the entries of :data:`CAPITALISED_ONLY`, whose lower-case forms are
descriptions (``la mission de l'OTAN en Irak`` may be any NATO mission there).
"""

from types import MappingProxyType
from typing import Final

import attrs

__all__ = [
    "ADDITION_ADVERBS",
    "ANAPHORIC_DETERMINERS",
    "CAPITALISED_ONLY",
    "COALITION_REFERENCE",
    "ENGLISH",
    "EN_ADDITION_ADVERBS",
    "EN_ANAPHORIC_DETERMINERS",
    "EN_COALITION_OPENERS",
    "EN_COALITION_REFERENCE",
    "EN_EXTENSION_CUES",
    "EN_INSTITUTION_HEADS",
    "EN_INSTITUTION_STOPS",
    "EN_ISLAMIC_STATE",
    "EN_MISSION_COMPLEMENTS",
    "EN_MISSION_PREMODIFIERS",
    "EN_NAME_OPENERS",
    "EN_NAME_PATTERNS",
    "EN_NEUTRAL_PREMODIFIERS",
    "EN_NOT_THE_COALITION",
    "EN_QUALIFYING_DETERMINERS",
    "EN_SCOPE_CUES",
    "EN_STANDING_ADDITIONS",
    "EXTENSION_CUES",
    "FRENCH",
    "INSTITUTION_HEADS",
    "ISLAMIC_STATE",
    "KNOWN_INSTITUTIONS",
    "KNOWN_MISSIONS",
    "LEXICONS",
    "MISSIONS_BY_ID",
    "MISSION_ADJECTIVES",
    "MISSION_COMPLEMENTS",
    "NAME_PATTERNS",
    "NEUTRAL_PREMODIFIERS",
    "NOT_THE_COALITION",
    "SCOPE_CUES",
    "STANDING_ADDITIONS",
    "KnownMission",
    "MissionLexicon",
    "for_language",
    "get_mission",
]


@attrs.frozen
class KnownMission:
    """One mission of the curated table; the resolver builds :class:`~nato_iraq.model.Mission` from it."""

    id: str
    name: str
    """The canonical (English, official) name."""
    acronym: str | None
    aliases: tuple[str, ...]
    """Other names texts use: French official names, English variants, other acronyms."""
    host_country: str | None
    purpose: str | None
    active_from: str | None
    """ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) the mission started, if known."""
    active_to: str | None
    """ISO date it ended; ``None`` while it runs."""
    acronyms: tuple[str, ...] = ()
    """Every acronym matched in capitals (the main one included)."""
    descriptive_target: bool = False
    """True for the NATO missions in Iraq that an unnamed ``la mission de formation de l'OTAN en
    Irak`` may denote (NTM-I, NMI), so the resolver can pick one by date. DCB is an initiative
    running beside NMI, and the others are not NATO missions in Iraq."""
    announced_from: str | None = None
    """ISO date the mission was first announced or agreed, when before ``active_from``: texts
    speak of the coming mission (``cette nouvelle mission``) from then on."""


KNOWN_MISSIONS: Final[tuple[KnownMission, ...]] = (
    KnownMission(
        id="ntm-i",
        name="NATO Training Mission-Iraq",
        acronym="NTM-I",
        aliases=(
            "NATO Training Mission in Iraq",
            "NATO Training Mission Iraq",
            "Mission OTAN de formation en Iraq",
            "Mission OTAN de formation en Irak",
            "Mission de formation de l'OTAN en Iraq (NTM-I)",
            "NATO Training Implementation Mission in Iraq",
            "mission OTAN de formation et d'entraînement en Iraq",
        ),
        host_country="Iraq",
        purpose="Training and mentoring of Iraqi security forces and institutions",
        active_from="2004-08",
        active_to="2011-12",
        acronyms=("NTM-I", "NTIM-I"),
        descriptive_target=True,
        announced_from="2004-06",  # Istanbul summit, 28 June 2004
    ),
    KnownMission(
        id="nmi",
        name="NATO Mission Iraq",
        acronym="NMI",
        aliases=(
            "NATO Mission in Iraq",
            "NATO Mission-Iraq",
            "Mission de l'OTAN en Iraq",
            "Mission de l'OTAN en Irak",
            "Mission OTAN en Iraq",
            "Mission OTAN en Irak",
            "mission OTAN Iraq",
        ),
        host_country="Iraq",
        purpose="Non-combat advisory and capacity-building mission for Iraqi security institutions",
        active_from="2018-07",
        active_to=None,
        acronyms=("NMI",),
        descriptive_target=True,
        announced_from="2018-02",  # defence ministers agreed to plan it, 15 February 2018
    ),
    KnownMission(
        id="dcb-iraq",
        name="Defence and Related Security Capacity Building Initiative",
        acronym="DCB",
        aliases=(
            "Defence Capacity Building Initiative",
            "DCB Initiative",
            "DCB package",
            "initiative OTAN de renforcement des capacités de défense et des capacités de sécurité s'y rapportant",
            "initiative de renforcement des capacités de défense et des capacités de sécurité s'y rapportant",
            "initiative OTAN de renforcement des capacités de défense",
            "initiative de renforcement des capacités de défense",
            "initiative pour le renforcement des capacités de défense et des capacités de sécurité s'y rapportant",
            "initiative pour le renforcement des capacités de défense",
            "programme OTAN de renforcement des capacités de défense",
            "programme de renforcement des capacités de défense",
            "Defense and Related Security Capacity Building Initiative",
            "Defence and Related Security Capacity Building",
            "Defense and Related Security Capacity Building",
            "Defense Capacity Building Initiative",
            "Defence Capacity Building package",
            "Defense Capacity Building package",
            "Defence Capacity Building programme",
        ),
        host_country="Iraq",
        purpose="Defence and related security capacity building",
        active_from="2014-09",
        active_to=None,
        acronyms=("DCB", "DCBI"),
    ),
    KnownMission(
        id="resolute-support",
        name="Resolute Support Mission",
        acronym="RSM",
        aliases=(
            "Resolute Support",
            "mission Resolute Support",
            "opération Resolute Support",
            "mission Soutien résolu",
        ),
        host_country="Afghanistan",
        purpose="Training, advice and assistance for Afghan security forces and institutions",
        active_from="2015-01",
        active_to="2021-09",
        acronyms=("RSM",),
    ),
    KnownMission(
        id="isaf",
        name="International Security Assistance Force",
        acronym="ISAF",
        aliases=("Force internationale d'assistance à la sécurité", "Force internationale d'assistance et de sécurité"),
        host_country="Afghanistan",
        purpose="Security assistance to the Afghan government",
        active_from="2001-12",
        active_to="2014-12",
        acronyms=("ISAF", "FIAS"),
    ),
    KnownMission(
        id="coalition",
        name="Global Coalition against Daesh",
        acronym="OIR",
        aliases=(
            "Global Coalition to Defeat ISIS",
            "Global Coalition to Defeat Daesh",
            "Operation Inherent Resolve",
            "opération Inherent Resolve",
            "Combined Joint Task Force - Operation Inherent Resolve",
            "coalition internationale contre Daech",
            "coalition mondiale contre Daech",
            "Global Coalition against ISIS",
            "Global Coalition against ISIL",
            "Global Coalition to Counter ISIL",
            "Global Coalition to Counter ISIS",
            "Global Coalition to Defeat ISIL",
            "Global Coalition to Defeat Daesh/ISIS",
        ),
        host_country="Iraq",
        purpose="Military campaign and support against the Islamic State group in Iraq and Syria",
        active_from="2014-08",
        active_to=None,
        acronyms=("OIR", "CJTF-OIR"),
    ),
    KnownMission(
        id="mnf-i",
        name="Multi-National Force - Iraq",
        acronym="MNF-I",
        aliases=(
            "Multi-National Force-Iraq",
            "Multinational Force-Iraq",
            "Multinational Force in Iraq",
            "Force multinationale en Irak",
            "Force multinationale en Iraq",
        ),
        host_country="Iraq",
        purpose="US-led multinational force in Iraq after the 2003 invasion",
        active_from="2004-05",
        active_to="2009-12",
        acronyms=("MNF-I",),
    ),
)

#: Known missions by id.
MISSIONS_BY_ID: Final = MappingProxyType({mission.id: mission for mission in KNOWN_MISSIONS})


def get_mission(mission_id: str) -> KnownMission | None:
    """The known mission *mission_id*, or ``None``."""
    return MISSIONS_BY_ID.get(mission_id)


#: Aliases matched only with the capitals they are listed with: in lower case they describe, they
#: do not name (``la mission de l'OTAN en Irak``, ``the NATO training mission in Iraq``), or they
#: are plain words (``resolute support for Iraq``).
CAPITALISED_ONLY: Final = frozenset(
    {
        "Mission de l'OTAN en Iraq",
        "Mission de l'OTAN en Irak",
        "Mission OTAN en Iraq",
        "Mission OTAN en Irak",
        "NATO Mission in Iraq",
        "NATO Mission Iraq",
        "NATO Mission-Iraq",
        "NATO Training Mission in Iraq",
        "NATO Training Mission Iraq",
        "NATO Training Mission-Iraq",
        "Resolute Support",
        "Resolute Support Mission",
        "mission Resolute Support",
        "opération Resolute Support",
    }
)

#: Naming phrases that vary too much for an alias list (regex fragments on the lower-cased,
#: accent-folded text), with the mission ids they may name, in order of preference. A phrase
#: that can name one mission only names it whatever the date; otherwise the first mission whose
#: active period holds the document date wins (``la coalition dirigée par les États-Unis`` is the
#: anti-IS coalition in 2016 and MNF-I in 2006).
NAME_PATTERNS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        r"coalition(?:\s+(?:internationale|militaire|mondiale))?\s+(?:anti-?(?:ei|eiil|daech|daesh|jihadiste|djihadiste)"
        r"|contre\s+(?:l'ei|daech|daesh|le\s+groupe\s+(?:jihadiste\s+|djihadiste\s+)?etat\s+islamique"
        r"|l'etat\s+islamique|les\s+jihadistes|les\s+djihadistes))"
        r"(?:\s+(?:dirigee|menee|conduite)\s+par\s+(?:les\s+etats-unis|washington))?",
        ("coalition",),
    ),
    (
        r"coalition(?:\s+(?:internationale|militaire|multinationale))?\s+(?:dirigee|menee|conduite)\s+par\s+"
        r"(?:les\s+etats-unis|washington)",
        ("coalition", "mnf-i"),
    ),
)

#: A bare reference to the coalition (after ``la``/``cette``). It names the anti-IS coalition
#: when the text names that coalition elsewhere or speaks of the Islamic State group
#: (:data:`ISLAMIC_STATE`); otherwise (a 2004 text on the US-led force) it is left alone.
COALITION_REFERENCE: Final = r"coalition(?:\s+internationale)?"

#: Words after ``coalition`` that make it a political one (Belgian copy speaks of its own).
NOT_THE_COALITION: Final = (
    r"gouvernementale|au\s+pouvoir|de\s+gouvernement|majoritaire|parlementaire|politique|sortante|"
    r"federale|flamande|wallonne|suedoise|vivaldi"
)

#: Words showing a text speaks of the fight against the Islamic State group (folded).
ISLAMIC_STATE: Final = r"(?<![\w-])(?:etat\s+islamique|ei|eiil|daech|daesh|isis|jihadistes?|djihadistes?)(?![\w-])"

#: Determiners of a mission reference; with no qualifier after ``mission`` the reference is
#: anaphoric (``cette mission``, ``notre mission``).
ANAPHORIC_DETERMINERS: Final = ("cette", "la", "notre", "sa", "leur", "votre", "ladite", "une", "ma")

#: Words between the determiner and ``mission`` or right after it that keep it one reference:
#: ``cette nouvelle mission``, ``une mission élargie``, ``cette mission «non-combattante»``.
MISSION_ADJECTIVES: Final = (
    "nouvelle",
    "même",
    "future",
    "vaste",
    "petite",
    "grande",
    "première",
    "élargie",
    "alliée",
    "non-combattante",
    "non combattante",
    "militaire",
    "internationale",
    "consultative",
    "renforcée",
    "actuelle",
    "otan",
)

#: Complements that make ``mission`` a descriptive reference (after ``de``/``d'``/``en``...),
#: on the lower-cased, accent-folded text.
MISSION_COMPLEMENTS: Final = (
    r"(?:de\s+|d')(?:formation|entrainement|conseil|soutien|assistance|renforcement\s+des\s+capacites|"
    r"combat|non-combat|maintien\s+de\s+la\s+paix|observation|police)",
    r"et\s+(?:de\s+|d')(?:formation|entrainement|conseil|soutien|assistance)",
    r"(?:des|aux)\s+forces(?:\s+(?:armees|de\s+securite))?\s+(?:irakiennes|iraquiennes|afghanes)",
    r"de\s+l'(?:otan|alliance(?:\s+atlantique)?)",
    r"(?:en|au|a)\s+(?:irak|iraq|afghanistan)",
    r"dans\s+le\s+pays",
)

#: Verbs and nouns saying a mission advises or trains people in institutions (folded text).
SCOPE_CUES: Final = (
    r"(?<![\w-])(?:conseill(?:e|ent|era|eront|ait|aient|er)(?!\w)|role\s+de\s+conseil"
    r"|form(?:e|ent|era|eront|er)\s+(?:les|des|aussi|egalement)(?!\w)"
    r"|entrain(?:e|ent|era|eront|er)\s+(?:les|des|aussi|egalement)(?!\w))"
)

#: Words making the institutions an extension of the mandate (with or without a future verb).
EXTENSION_CUES: Final = (
    r"etendu(?:e|s|es)?\s+(?:au|a|aux)|elargi(?:e|s|es)?\s+(?:au|a|aux)|etendre|extension|elargissement"
)

#: Adverbs that, with a future advising verb, mark an addition (``elle conseillera aussi``).
ADDITION_ADVERBS: Final = r"aussi|egalement|desormais|dorenavant|de\s+plus|en\s+outre|en\s+plus"

#: Heads of institution names, after ``au``/``à la``/``à l'``/``aux`` in a list.
INSTITUTION_HEADS: Final = (
    "ministère",
    "ministères",
    "bureau",
    "centre",
    "commandement",
    "service",
    "services",
    "conseil",
    "direction",
    "état-major",
    "états-majors",
    "académie",
    "académies",
    "école",
    "écoles",
    "collège",
    "université",
    "institut",
    "agence",
    "cabinet",
    "secrétariat",
    "quartier général",
    "office",
    "établissements",
    "forces",
    "police",
    "garde-frontières",
    "unités",
)

#: Institutions named in NATO's Iraq releases, for reference and tests (the heads above already
#: find them): those NMI advises since 2018 and those added in 2023.
KNOWN_INSTITUTIONS: Final = (
    "ministère de la Défense",
    "ministère de l'Intérieur",
    "Bureau du conseiller à la sécurité nationale",
    "Centre national d'opérations du Premier ministre",
    "commandement de la police fédérale",
    "Service de contre-terrorisme",
    "commandement des opérations conjointes",
)

#: Words between the determiner and ``mission`` that keep an anaphoric reference anaphoric
#: (``cette nouvelle mission``); folded.
NEUTRAL_PREMODIFIERS: Final = ("meme", "nouvelle", "future", "vaste", "petite", "grande", "premiere")

#: Adverbs that mark an addition whatever the tense (``Dorénavant, elle conseillera ...``).
STANDING_ADDITIONS: Final = r"desormais|dorenavant"


# --- English -----------------------------------------------------------------------------------
# English puts the qualifiers of ``mission`` before it (``NATO's training mission in Iraq``, ``the
# expanded mission``) and names advised institutions with their modifiers first (``the Federal
# Police Command``). Ids are the same as for French: descriptions carry none, the resolver picks
# the mission by date.

#: English naming phrases (regex fragments, lower case), with the mission ids they may name.
EN_NAME_PATTERNS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        r"(?:(?:us|u\.s\.|american|washington)\s*-\s*led\s+)?(?:international\s+|military\s+|global\s+|multinational\s+)?"
        r"coalition\s+(?:against|fighting|battling|to\s+(?:defeat|counter|fight))\s+(?:the\s+)?"
        r"(?:islamic\s+state|isis|isil|daesh|is)(?:\s+(?:group|militants|jihadists|militant\s+group))?"
        r"|(?:(?:us|u\.s\.|american)\s*-\s*led\s+)?(?:international\s+|global\s+)?"
        r"anti\s*-\s*(?:isis|isil|is|daesh|islamic\s+state|jihadist)\s+coalition",
        ("coalition",),
    ),
    (
        r"(?:us|u\.s\.|american|washington)\s*-\s*led\s+(?:international\s+|military\s+|multinational\s+)?coalition",
        ("coalition", "mnf-i"),
    ),
)

#: The words the English naming phrases may open with: their optional groups (``us-led``,
#: ``international``) leave them no literal first word, so they are listed here for the
#: candidate scan of :mod:`nato_iraq.extract.missions`. A phrase's first word must begin with one
#: of them, or it is never tried: keep this list with the phrases.
EN_NAME_OPENERS: Final = (
    "us",
    "u.s.",
    "american",
    "washington",
    "international",
    "military",
    "global",
    "multinational",
    "coalition",
    "anti",
)

EN_COALITION_REFERENCE: Final = r"(?:international\s+|global\s+)?coalition"
#: The words :data:`EN_COALITION_REFERENCE` may open with (it opens with an optional word), for
#: the candidate scan of :mod:`nato_iraq.extract.missions`: keep them with the reference.
EN_COALITION_OPENERS: Final = ("international", "global", "coalition")
EN_NOT_THE_COALITION: Final = r"government|talks|partners?|parties|deal|agreement|cabinet|building|negotiations"
EN_ISLAMIC_STATE: Final = r"(?<![\w-])(?:islamic\s+state|isis|isil|daesh|jihadists?)(?![\w-])"

#: Determiners of an English mission reference; ``a``/``an`` with nothing after ``mission`` are
#: no reference. The organisation's possessive (``NATO's mission``) qualifies the reference as
#: ``la mission de l'OTAN`` does.
EN_ANAPHORIC_DETERMINERS: Final = ("the", "this", "that", "its", "our", "their", "a", "an", "said")
EN_QUALIFYING_DETERMINERS: Final = (
    "nato's",
    "the alliance's",
    "alliance's",
    "the atlantic alliance's",
    "the nato-led",
    "a nato-led",
    "the nato",
    "a nato",
)
EN_NEUTRAL_PREMODIFIERS: Final = ("new", "same", "future", "first", "current", "existing", "whole", "entire")

#: Words before ``mission`` that make it a description (``the expanded mission``, ``NATO's
#: training and advisory mission``); ``and`` may join two of them.
EN_MISSION_PREMODIFIERS: Final = (
    "training",
    "train-and-advise",
    "advise-and-assist",
    "advisory",
    "advising",
    "mentoring",
    "support",
    "assistance",
    "capacity-building",
    "capacity building",
    "non-combat",
    "non combat",
    "noncombat",
    "combat",
    "peacekeeping",
    "expanded",
    "enlarged",
    "enhanced",
    "larger",
    "bigger",
    "broader",
    "reinforced",
    "strengthened",
    "military",
    "international",
    "alliance",
    "allied",
    "nato-led",
    "iraq",
    "afghan",
)

EN_MISSION_COMPLEMENTS: Final = (
    r"(?:in|to|for)\s+(?:iraq|afghanistan|the\s+country)",
    r"of\s+(?:nato|the\s+(?:atlantic\s+)?alliance)",
    r"to\s+(?:train|advise|help|support|assist)(?:\s+and\s+(?:train|advise|assist|equip))?\s+(?:the\s+)?"
    r"(?:iraqi|afghan)(?:\s+(?:security|armed))?\s+forces",
)

#: English advising verbs and nouns (``advises``, ``will extend its advice``, ``advisory role``).
EN_SCOPE_CUES: Final = (
    r"(?<![\w-])(?:advis(?:e|es|ed|ing)(?!\w)|advice(?!\w)|advisory\s+(?:role|support|activities|work)(?!\w)"
    r"|mentor(?:s|ed|ing)?(?!\w))"
)
EN_EXTENSION_CUES: Final = (
    r"extend(?:s|ed|ing)?(?!\w)|extension|expand(?:s|ed|ing)?(?!\w)|expansion|broaden(?:s|ed|ing)?(?!\w)|"
    r"widen(?:s|ed|ing)?(?!\w)|enlarg(?:e|es|ed|ing|ement)(?!\w)"
)
EN_ADDITION_ADVERBS: Final = r"also|as\s+well|additionally|in\s+addition|now|further|henceforth|from\s+now\s+on"
EN_STANDING_ADDITIONS: Final = r"henceforth|from\s+now\s+on"

#: English institution heads, after ``the`` and up to five modifiers (``the Federal Police
#: Command``, ``the Prime Minister's National Operations Centre``); the name must be capitalised.
EN_INSTITUTION_HEADS: Final = (
    "ministry",
    "ministries",
    "office",
    "centre",
    "center",
    "command",
    "service",
    "services",
    "council",
    "directorate",
    "headquarters",
    "academy",
    "academies",
    "school",
    "schools",
    "college",
    "university",
    "institute",
    "agency",
    "secretariat",
    "cabinet",
    "staff",
    "police",
)

#: Words after an English institution that end its name.
EN_INSTITUTION_STOPS: Final = (
    r"and\s+(?:the|to\s+the|at\s+the|in\s+the)|in\s+order|so\s+that|as\s+well|since|which|who|with|from|until|"
    r"by|on|under|through|to\s+(?!the\b)|in\s+(?!the\b)"
)


@attrs.frozen
class MissionLexicon:
    """The reference and scope words of one language; :mod:`nato_iraq.extract.missions`
    compiles one set of patterns per record. Known mission names are shared by all languages
    (:data:`KNOWN_MISSIONS`): texts in either language use both."""

    name_patterns: tuple[tuple[str, tuple[str, ...]], ...]
    coalition_determiners: tuple[str, ...]
    coalition_reference: str
    not_the_coalition: str
    islamic_state: str
    anaphoric_determiners: tuple[str, ...]
    qualifying_determiners: tuple[str, ...]
    """Determiners that qualify the reference by themselves (``NATO's mission``)."""
    unqualified_not_a_reference: tuple[str, ...]
    """Determiners that make no reference without a qualifier (``une mission``, ``a mission``)."""
    neutral_premodifiers: tuple[str, ...]
    premodifiers: tuple[str, ...]
    """Words before ``mission`` that make it a description (English); empty in French."""
    adjectives: tuple[str, ...]
    """Words after ``mission`` that make it a description (French)."""
    complements: tuple[str, ...]
    scope_cues: str
    extension_cues: str
    addition_adverbs: str
    standing_additions: str
    institution_heads: tuple[str, ...]
    governors: tuple[str, ...]
    """Words governing an advised institution (``au``, ``à la``; ``the``)."""
    institution_modifiers: int
    """How many words may stand between the governor and the head (English modifiers)."""
    institution_stops: str
    proper_names_only: bool
    """True when an institution must start with a capital (English, where ``the`` governs it)."""
    items_after_cue: bool
    """True when the institutions follow the advising cue (English objects)."""
    future_suffix: str | None
    """Ending of a future advising verb (French ``conseillera``)."""
    future_before: str | None
    """Auxiliary before a future advising verb or noun (English ``will advise``)."""
    name_openers: tuple[str, ...] = ()
    """The words the naming phrases may open with, where a phrase opens with no literal word
    (:data:`EN_NAME_OPENERS`); empty when each phrase opens with a literal word."""
    coalition_openers: tuple[str, ...] = ()
    """The words the coalition reference may open with, where it opens with no literal word
    (:data:`EN_COALITION_OPENERS`); empty when it opens with a literal word."""


FRENCH: Final = MissionLexicon(
    name_patterns=NAME_PATTERNS,
    coalition_determiners=("la", "cette"),
    coalition_reference=COALITION_REFERENCE,
    not_the_coalition=NOT_THE_COALITION,
    islamic_state=ISLAMIC_STATE,
    anaphoric_determiners=ANAPHORIC_DETERMINERS,
    qualifying_determiners=(),
    unqualified_not_a_reference=("une",),
    neutral_premodifiers=NEUTRAL_PREMODIFIERS,
    premodifiers=(),
    adjectives=MISSION_ADJECTIVES,
    complements=MISSION_COMPLEMENTS,
    scope_cues=SCOPE_CUES,
    extension_cues=EXTENSION_CUES,
    addition_adverbs=ADDITION_ADVERBS,
    standing_additions=STANDING_ADDITIONS,
    institution_heads=INSTITUTION_HEADS,
    governors=("au", "aux", "a la", "a l'"),
    institution_modifiers=0,
    institution_stops=r"et\s+(?:au|aux|a\s+la|a\s+l'|du|de\s+la|des)|afin|pour|dans|en\s+tant|ainsi|depuis|qui|avec|d'ici",
    proper_names_only=False,
    items_after_cue=False,
    future_suffix=r"(?:era|eront|dra|dront)\Z",
    future_before=None,
)

ENGLISH: Final = MissionLexicon(
    name_patterns=EN_NAME_PATTERNS,
    coalition_determiners=("the", "this"),
    coalition_reference=EN_COALITION_REFERENCE,
    not_the_coalition=EN_NOT_THE_COALITION,
    islamic_state=EN_ISLAMIC_STATE,
    anaphoric_determiners=EN_ANAPHORIC_DETERMINERS,
    qualifying_determiners=EN_QUALIFYING_DETERMINERS,
    unqualified_not_a_reference=("a", "an"),
    neutral_premodifiers=EN_NEUTRAL_PREMODIFIERS,
    premodifiers=EN_MISSION_PREMODIFIERS,
    adjectives=(),
    complements=EN_MISSION_COMPLEMENTS,
    scope_cues=EN_SCOPE_CUES,
    extension_cues=EN_EXTENSION_CUES,
    addition_adverbs=EN_ADDITION_ADVERBS,
    standing_additions=EN_STANDING_ADDITIONS,
    institution_heads=EN_INSTITUTION_HEADS,
    governors=("the",),
    institution_modifiers=5,
    institution_stops=EN_INSTITUTION_STOPS,
    proper_names_only=True,
    items_after_cue=True,
    future_suffix=None,
    future_before=r"(?<!\w)(?:will|shall)\s+(?:[a-z]+\s+){0,3}\Z",
    name_openers=EN_NAME_OPENERS,
    coalition_openers=EN_COALITION_OPENERS,
)

#: Tables per language code.
LEXICONS: Final = MappingProxyType({"fr": FRENCH, "en": ENGLISH})


def for_language(language: str) -> MissionLexicon:
    """The tables of *language*; French for any other code."""
    return LEXICONS.get(language, FRENCH)
