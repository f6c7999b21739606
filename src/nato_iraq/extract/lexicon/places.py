"""Countries, nationality adjectives and organisations, as French texts of the genre write them.

Keys are accent-folded lower-case forms (see :func:`nato_iraq.extract.lexicon.fold`); values are
the canonical English short name (as pycountry's ``name``), so a French and an English text agree.
Both spellings of Iraq are in use in French: ``Irak`` (press) and ``Iraq`` (NATO releases).
"""

#: Nationality adjective (any gender and number, folded) -> country.
NATIONALITIES: dict[str, str] = {
    **dict.fromkeys(
        ("irakien", "irakienne", "irakiens", "irakiennes", "iraquien", "iraquienne", "iraquiens", "iraquiennes"), "Iraq"
    ),
    **dict.fromkeys(
        ("americain", "americaine", "americains", "americaines", "etats-unien", "etats-unienne"), "United States"
    ),
    **dict.fromkeys(("francais", "francaise", "francaises"), "France"),
    **dict.fromkeys(("belge", "belges"), "Belgium"),
    **dict.fromkeys(("canadien", "canadienne", "canadiens", "canadiennes"), "Canada"),
    **dict.fromkeys(("danois", "danoise", "danoises"), "Denmark"),
    **dict.fromkeys(("britannique", "britanniques"), "United Kingdom"),
    **dict.fromkeys(("allemand", "allemande", "allemands", "allemandes"), "Germany"),
    **dict.fromkeys(("italien", "italienne", "italiens", "italiennes"), "Italy"),
    **dict.fromkeys(("espagnol", "espagnole", "espagnols", "espagnoles"), "Spain"),
    **dict.fromkeys(("neerlandais", "neerlandaise", "neerlandaises", "hollandais"), "Netherlands"),
    **dict.fromkeys(("norvegien", "norvegienne", "norvegiens", "norvegiennes"), "Norway"),
    **dict.fromkeys(("turc", "turque", "turcs", "turques"), "Türkiye"),
    **dict.fromkeys(("polonais", "polonaise", "polonaises"), "Poland"),
    **dict.fromkeys(("hongrois", "hongroise", "hongroises"), "Hungary"),
    **dict.fromkeys(("syrien", "syrienne", "syriens", "syriennes"), "Syria"),
    **dict.fromkeys(("iranien", "iranienne", "iraniens", "iraniennes"), "Iran"),
    **dict.fromkeys(("afghan", "afghane", "afghans", "afghanes"), "Afghanistan"),
    **dict.fromkeys(("koweitien", "koweitienne"), "Kuwait"),
    **dict.fromkeys(("jordanien", "jordanienne"), "Jordan"),
    **dict.fromkeys(("russe", "russes"), "Russia"),
    **dict.fromkeys(("luxembourgeois", "luxembourgeoise"), "Luxembourg"),
    **dict.fromkeys(("portugais", "portugaise"), "Portugal"),
    **dict.fromkeys(("grec", "grecque", "grecs", "grecques"), "Greece"),
    **dict.fromkeys(("suedois", "suedoise"), "Sweden"),
    **dict.fromkeys(("finlandais", "finlandaise"), "Finland"),
    **dict.fromkeys(("roumain", "roumaine", "roumains"), "Romania"),
    **dict.fromkeys(("tcheque", "tcheques"), "Czechia"),
    **dict.fromkeys(("australien", "australienne", "australiens"), "Australia"),
}

#: Country names (folded) -> canonical name.
COUNTRIES: dict[str, str] = {
    "irak": "Iraq",
    "iraq": "Iraq",
    "etats-unis": "United States",
    "usa": "United States",
    "washington": "United States",
    "france": "France",
    "belgique": "Belgium",
    "canada": "Canada",
    "danemark": "Denmark",
    "royaume-uni": "United Kingdom",
    "grande-bretagne": "United Kingdom",
    "allemagne": "Germany",
    "italie": "Italy",
    "espagne": "Spain",
    "pays-bas": "Netherlands",
    "norvege": "Norway",
    "turquie": "Türkiye",
    "pologne": "Poland",
    "hongrie": "Hungary",
    "syrie": "Syria",
    "iran": "Iran",
    "afghanistan": "Afghanistan",
    "koweit": "Kuwait",
    "jordanie": "Jordan",
    "russie": "Russia",
    "qatar": "Qatar",
    "luxembourg": "Luxembourg",
    "portugal": "Portugal",
    "grece": "Greece",
}

#: Organisations (folded surface form) -> canonical short name. Used for ``<title> de <org>``.
ORGANISATIONS: dict[str, str] = {
    "otan": "NATO",
    "l'otan": "NATO",
    "nato": "NATO",
    "alliance": "NATO",
    "l'alliance": "NATO",
    "alliance atlantique": "NATO",
    "l'alliance atlantique": "NATO",
    "organisation du traite de l'atlantique nord": "NATO",
    "onu": "UN",
    "l'onu": "UN",
    "nations unies": "UN",
    "organisation des nations unies": "UN",
    "union europeenne": "EU",
    "l'union europeenne": "EU",
    "ue": "EU",
    "l'ue": "EU",
    "coalition": "Global Coalition against Daesh",
    "pentagone": "United States Department of Defense",
    "maison blanche": "White House",
}

#: Words that look like names but are places or organisations: never a person.
NOT_PEOPLE: frozenset[str] = frozenset(
    {
        "otan",
        "l'otan",
        "nato",
        "alliance",
        "l'alliance",
        "onu",
        "bruxelles",
        "bagdad",
        "washington",
        "irak",
        "iraq",
        "syrie",
        "etat islamique",
        "daech",
        "daesh",
        "ei",
        "al-qaida",
        "kaboul",
        "doha",
        "munich",
        "paris",
        "londres",
        "moscou",
        "ankara",
        "erbil",
        "mossoul",
        "bassora",
        "europe",
    }
)
