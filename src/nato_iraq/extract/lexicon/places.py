"""Countries, nationality adjectives and organisations, as French texts of the genre write them.

Keys are accent-folded lower-case forms (see :func:`nato_iraq.extract.lexicon.fold`); values are
the canonical English short name (as pycountry's ``name``), so a French and an English text agree.
Both spellings of Iraq are in use in French: ``Irak`` (press) and ``Iraq`` (NATO releases).
"""

#: Nationality adjective (any gender and number, folded) -> country.
NATIONALITIES: dict[str, str] = {
    **{form: "Iraq" for form in ("irakien", "irakienne", "irakiens", "irakiennes",
                                  "iraquien", "iraquienne", "iraquiens", "iraquiennes")},
    **{form: "United States" for form in ("americain", "americaine", "americains", "americaines",
                                           "etats-unien", "etats-unienne")},
    **{form: "France" for form in ("francais", "francaise", "francaises")},
    **{form: "Belgium" for form in ("belge", "belges")},
    **{form: "Canada" for form in ("canadien", "canadienne", "canadiens", "canadiennes")},
    **{form: "Denmark" for form in ("danois", "danoise", "danoises")},
    **{form: "United Kingdom" for form in ("britannique", "britanniques")},
    **{form: "Germany" for form in ("allemand", "allemande", "allemands", "allemandes")},
    **{form: "Italy" for form in ("italien", "italienne", "italiens", "italiennes")},
    **{form: "Spain" for form in ("espagnol", "espagnole", "espagnols", "espagnoles")},
    **{form: "Netherlands" for form in ("neerlandais", "neerlandaise", "neerlandaises", "hollandais")},
    **{form: "Norway" for form in ("norvegien", "norvegienne", "norvegiens", "norvegiennes")},
    **{form: "Türkiye" for form in ("turc", "turque", "turcs", "turques")},
    **{form: "Poland" for form in ("polonais", "polonaise", "polonaises")},
    **{form: "Hungary" for form in ("hongrois", "hongroise", "hongroises")},
    **{form: "Syria" for form in ("syrien", "syrienne", "syriens", "syriennes")},
    **{form: "Iran" for form in ("iranien", "iranienne", "iraniens", "iraniennes")},
    **{form: "Afghanistan" for form in ("afghan", "afghane", "afghans", "afghanes")},
    **{form: "Kuwait" for form in ("koweitien", "koweitienne")},
    **{form: "Jordan" for form in ("jordanien", "jordanienne")},
    **{form: "Russia" for form in ("russe", "russes")},
    **{form: "Luxembourg" for form in ("luxembourgeois", "luxembourgeoise")},
    **{form: "Portugal" for form in ("portugais", "portugaise")},
    **{form: "Greece" for form in ("grec", "grecque", "grecs", "grecques")},
    **{form: "Sweden" for form in ("suedois", "suedoise")},
    **{form: "Finland" for form in ("finlandais", "finlandaise")},
    **{form: "Romania" for form in ("roumain", "roumaine", "roumains")},
    **{form: "Czechia" for form in ("tcheque", "tcheques")},
    **{form: "Australia" for form in ("australien", "australienne", "australiens")},
}

#: Country names (folded) -> canonical name.
COUNTRIES: dict[str, str] = {
    "irak": "Iraq", "iraq": "Iraq",
    "etats-unis": "United States", "usa": "United States", "washington": "United States",
    "france": "France", "belgique": "Belgium", "canada": "Canada", "danemark": "Denmark",
    "royaume-uni": "United Kingdom", "grande-bretagne": "United Kingdom", "allemagne": "Germany",
    "italie": "Italy", "espagne": "Spain", "pays-bas": "Netherlands", "norvege": "Norway",
    "turquie": "Türkiye", "pologne": "Poland", "hongrie": "Hungary", "syrie": "Syria", "iran": "Iran",
    "afghanistan": "Afghanistan", "koweit": "Kuwait", "jordanie": "Jordan", "russie": "Russia",
    "qatar": "Qatar", "luxembourg": "Luxembourg", "portugal": "Portugal", "grece": "Greece",
}

#: Organisations (folded surface form) -> canonical short name. Used for ``<title> de <org>``.
ORGANISATIONS: dict[str, str] = {
    "otan": "NATO", "l'otan": "NATO", "nato": "NATO", "alliance": "NATO", "l'alliance": "NATO",
    "alliance atlantique": "NATO", "l'alliance atlantique": "NATO",
    "organisation du traite de l'atlantique nord": "NATO",
    "onu": "UN", "l'onu": "UN", "nations unies": "UN", "organisation des nations unies": "UN",
    "union europeenne": "EU", "l'union europeenne": "EU", "ue": "EU", "l'ue": "EU",
    "coalition": "Global Coalition against Daesh",
    "pentagone": "United States Department of Defense", "maison blanche": "White House",
}

#: Words that look like names but are places or organisations: never a person.
NOT_PEOPLE: frozenset[str] = frozenset(
    {"otan", "l'otan", "nato", "alliance", "l'alliance", "onu", "bruxelles", "bagdad", "washington",
     "irak", "iraq", "syrie", "etat islamique", "daech", "daesh", "ei", "al-qaida", "kaboul", "doha",
     "munich", "paris", "londres", "moscou", "ankara", "erbil", "mossoul", "bassora", "europe"}
)
