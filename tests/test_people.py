"""People, honorifics, titles and roles in French copy (sentences written for these tests)."""

import pytest
from _invariants import check_people
from hypothesis import assume, given
from hypothesis import strategies as st

from nato_iraq.document import build_document
from nato_iraq.extract import people
from nato_iraq.extract.lexicon import fold, places
from nato_iraq.extract.lexicon import people as lex
from nato_iraq.extract.mentions import PersonMention


def _find(text: str) -> tuple[PersonMention, ...]:
    return people.find(build_document(text, "t"))


def _named(text: str) -> dict[str, PersonMention]:
    return {m.span.text: m for m in _find(text)}


# --- honorifics ---------------------------------------------------------------------------------


def test_honorific_with_full_name_and_particle() -> None:
    (mention,) = _find("Mardi, M. Fouad al-Hakim a reçu une délégation à Bagdad.")
    assert mention.span.text == "M. Fouad al-Hakim"
    assert mention.name == "Fouad al-Hakim"
    assert mention.name_span is not None
    assert mention.name_span.text == "Fouad al-Hakim"
    assert mention.honorific == "M."
    assert mention.role is None


def test_honorific_without_space() -> None:
    (mention,) = _find("M.Rasmussen a quitté la réunion avant la fin.")
    assert mention.span.text == "M.Rasmussen"
    assert mention.name == "Rasmussen"
    assert mention.honorific == "M."


def test_madame_and_surname_with_particle() -> None:
    found = _named("Mme Lungescu a répondu aux questions, puis M. al-Jabouri est intervenu.")
    assert found["Mme Lungescu"].honorific == "Mme"
    assert found["Mme Lungescu"].name == "Lungescu"
    assert found["M. al-Jabouri"].name == "al-Jabouri"


# --- titles before a name -----------------------------------------------------------------------


def test_title_with_organisation_in_commas() -> None:
    text = "Lundi, le secrétaire général de l'OTAN, Anders Fogh Rasmussen, a rencontré la presse."
    (mention,) = _find(text)
    assert mention.span.text == "Anders Fogh Rasmussen"
    assert mention.role is not None
    assert mention.role.span.text == "secrétaire général de l'OTAN"
    assert mention.role.title == "secrétaire général"
    assert mention.role.organisation == "NATO"
    assert mention.role.office == "nato-secretary-general"


def test_title_with_nationality_and_honorific() -> None:
    (mention,) = _find("Il a reçu le premier ministre iraquien, M. Nouri al-Maliki, à Bruxelles.")
    assert mention.span.text == "M. Nouri al-Maliki"
    assert mention.honorific == "M."
    assert mention.name == "Nouri al-Maliki"
    assert mention.role is not None
    assert (mention.role.title, mention.role.country, mention.role.office) == (
        "premier ministre",
        "Iraq",
        "iraq-prime-minister",
    )


def test_title_without_comma_and_capitalised_title() -> None:
    (mention,) = _find("Il s'est entretenu avec le Premier ministre irakien Adel Abdel-Mahdi jeudi.")
    assert mention.name == "Adel Abdel-Mahdi"
    assert mention.role is not None
    assert mention.role.title == "premier ministre"
    assert mention.role.country == "Iraq"


def test_us_defence_secretary_from_nationality_adjective() -> None:
    (mention,) = _find("Le secrétaire américain à la Défense, Ashton Carter, était présent.")
    assert mention.name == "Ashton Carter"
    assert mention.role is not None
    assert mention.role.span.text == "secrétaire américain à la Défense"
    assert mention.role.country == "United States"
    assert mention.role.office == "us-secretary-of-defense"


def test_feminine_title() -> None:
    (mention,) = _find("Selon la ministre française des Armées, Florence Parly, le calendrier tient.")
    assert mention.name == "Florence Parly"
    assert mention.role is not None
    assert mention.role.title == "ministre des armées"
    assert mention.role.country == "France"
    assert mention.role.office == "france-minister-of-the-armed-forces"


def test_rank_and_trailing_apposition_give_two_roles() -> None:
    text = "Le général de division Giovanni Verdi, haut responsable militaire de l'OTAN en Iraq, a visité l'atelier."
    first, second = _find(text)
    assert first.span.text == "Giovanni Verdi"
    assert first.role is not None
    assert first.role.title == "général de division"
    assert second.name == "Giovanni Verdi"
    assert second.name_span == first.name_span
    assert second.span.text == "haut responsable militaire de l'OTAN en Iraq"
    assert second.role is not None
    assert second.role.title == "haut responsable militaire"
    assert second.role.organisation == "NATO"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("La major\u2011générale Anne Tremblay commandera la mission.", "Anne Tremblay", "major-générale"),
        ("Selon la lieutenante-colonelle Claire Dubois, les cours reprendront lundi.", "Claire Dubois",
         "lieutenante-colonelle"),
        ("La générale Martine Roy a inspecté les installations.", "Martine Roy", "générale"),
        ("Le Premier ministre sortant, Karim Haddad, a quitté Bagdad.", "Karim Haddad", "premier ministre"),
        ("Le président par intérim Ali Mansour a reçu la délégation.", "Ali Mansour", "président"),
        ("Il a reçu le nouveau secrétaire général, Mircea Ionescu, lundi.", "Mircea Ionescu", "secrétaire général"),
    ],
)  # fmt: skip
def test_feminine_ranks_and_adjectives_around_titles(text: str, name: str, title: str) -> None:
    (mention,) = _find(text)
    assert (mention.span.text, mention.name) == (name, name)
    assert mention.role is not None
    assert mention.role.title == title


def test_adjective_between_article_and_bare_title() -> None:
    (mention,) = _find("Le nouveau secrétaire général a pris ses fonctions.")
    assert (mention.span.text, mention.name) == ("Le nouveau secrétaire général", None)


def test_former_office_keeps_its_adjective_and_has_no_office_key() -> None:
    (mention,) = _find("L'ancien Premier ministre irakien Ali Hamdani était présent.")
    assert mention.role is not None
    assert (mention.role.title, mention.role.span.text, mention.role.country, mention.role.office) == (
        "ancien premier ministre",
        "ancien Premier ministre irakien",
        "Iraq",
        None,
    )


def test_general_alone_is_an_adjective() -> None:
    (mention,) = _find("Il a rencontré la direction générale Paul Martin hier.")
    assert (mention.name, mention.role) == ("Paul Martin", None)


@pytest.mark.parametrize(
    "text",
    [
        "Le Norvégien Lars Eriksen prendra la tête du comité.",
        "Elle a rencontré l'Américaine Sarah Collins à Bruxelles.",
    ],
)
def test_nationality_noun_introduces_a_name(text: str) -> None:
    (mention,) = _find(text)
    assert mention.name in ("Lars Eriksen", "Sarah Collins")
    assert mention.span.text == mention.name
    assert mention.role is None


def test_long_title_with_complements() -> None:
    text = "La présidente de la commission des Affaires étrangères du Sénat, Mme Claire Martin, a demandé un débat."
    (mention,) = _find(text)
    assert (mention.span.text, mention.honorific) == ("Mme Claire Martin", "Mme")
    assert mention.role is not None
    assert mention.role.span.text == "présidente de la commission des Affaires étrangères du Sénat"
    assert mention.role.title == "présidente"


@pytest.mark.parametrize(
    "text",
    [
        "L'amiral Giuseppe Rossi, président du Comité militaire de l'OTAN, s'est rendu à Bagdad.",
        "Le président du Comité militaire de l'OTAN, l'amiral Giuseppe Rossi, a visité la base.",
    ],
)
def test_rank_and_committee_chair_give_two_roles(text: str) -> None:
    mentions = _find(text)
    assert [m.name for m in mentions] == ["Giuseppe Rossi", "Giuseppe Rossi"]
    roles = {m.role.title: m.role for m in mentions if m.role is not None}
    assert set(roles) == {"amiral", "président du comité militaire"}
    chair = roles["président du comité militaire"]
    assert (chair.organisation, chair.office) == ("NATO", "nato-military-committee-chair")
    assert chair.span.text == "président du Comité militaire de l'OTAN"


def test_titles_in_a_list_are_not_one_person() -> None:
    mentions = _find("Il a reçu le ministre, le général Karim Hassan et le colonel Ali Jaber.")
    assert [(m.span.text, m.name) for m in mentions] == [
        ("le ministre", None),
        ("Karim Hassan", "Karim Hassan"),
        ("Ali Jaber", "Ali Jaber"),
    ]


def test_national_service_apposition_gives_the_country() -> None:
    (mention,) = _find("La colonelle Julie Martin, de l'armée française, dirige l'équipe de formation.")
    assert mention.role is not None
    assert (mention.role.title, mention.role.country) == ("colonelle", "France")


def test_honorific_before_lower_case_particle() -> None:
    (mention,) = _find("Mardi, M. de Hoop Scheffer a ouvert la réunion.")
    assert (mention.span.text, mention.name, mention.honorific) == ("M. de Hoop Scheffer", "de Hoop Scheffer", "M.")
    (mention,) = _find("Mme van der Berg a répondu.")
    assert mention.name == "van der Berg"


def test_apposition_after_name() -> None:
    (mention,) = _find("Jaap de Hoop Scheffer, secrétaire général de l'Alliance atlantique, a ouvert la séance.")
    assert mention.name == "Jaap de Hoop Scheffer"
    assert mention.role is not None
    assert mention.role.organisation == "NATO"
    assert mention.role.span.text == "secrétaire général de l'Alliance atlantique"


# --- bare names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Ursula von der Leyen", "Josep Borrell Fontelles", "Jean-Yves Le Drian", "Fouad Hussein", "Haidar al-Abadi"],
)
def test_bare_names_with_particles_and_compounds(name: str) -> None:
    (mention,) = _find(f"La veille, {name} avait rencontré les alliés.")
    assert mention.name == name
    assert mention.span.text == name
    assert mention.honorific is None
    assert mention.role is None


def test_bare_name_next_to_reporting_verb() -> None:
    (mention,) = _find("La mission sera prolongée, a dit Torvald Brekke devant la presse.")
    assert mention.name == "Torvald Brekke"


def test_unknown_capitalised_pair_is_not_a_person() -> None:
    assert _find("La réunion a eu lieu à Camp Taji avant Nouvelle Zélande.") == ()


def test_surname_alone_after_full_name() -> None:
    mentions = _find("Ursula von der Leyen est arrivée jeudi. Von der Leyen a salué l'accord, puis Leyen est partie.")
    assert [m.span.text for m in mentions] == ["Ursula von der Leyen", "Von der Leyen", "Leyen"]
    mentions = _find("Alessandro Ferrante est arrivé. Ferrante a ensuite visité Bagdad.")
    assert [m.name for m in mentions] == ["Alessandro Ferrante", "Ferrante"]


def test_surname_alone_without_full_name_is_not_a_person() -> None:
    assert _find("Ferrante a ensuite visité Bagdad.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "La demande sera examinée par le Conseil de l'Atlantique Nord dès réception.",
        "Le groupe État islamique a perdu du terrain selon Le Soir.",
        "Resolute Support compte des milliers de militaires à Bruxelles.",
        "Le Centre Al-Nahrain accueille les participants.",
        "L'Otan et les Etats-Unis en ont parlé au sommet du Pays de Galles.",
        "Dernières Infos\n\nL'Otan prépare une réunion.",
        "Les ministres de la Défense des pays alliés se sont réunis au ministère de la Défense.",
        "Il travaille au Bureau du conseiller à la sécurité nationale.",
    ],
)
def test_not_people(text: str) -> None:
    assert _find(text) == ()


# --- bare titles --------------------------------------------------------------------------------


def test_bare_title_reference() -> None:
    mentions = _find("Le secrétaire général a indiqué que le premier ministre viendrait à Bruxelles.")
    assert [(m.span.text, m.name, m.role.title if m.role else None) for m in mentions] == [
        ("Le secrétaire général", None, "secrétaire général"),
        ("le premier ministre", None, "premier ministre"),
    ]


def test_bare_title_keeps_its_complements() -> None:
    (mention,) = _find("Le secrétaire général de l'OTAN a dit s'attendre à un accord.")
    assert mention.name is None
    assert mention.span.text == "Le secrétaire général de l'OTAN"
    assert mention.role is not None
    assert mention.role.office == "nato-secretary-general"


def test_rank_alone_needs_an_article() -> None:
    assert [m.span.text for m in _find("Le général a visité la base.")] == ["Le général"]
    assert _find("La direction générale et le directorat en général.") == ()


# --- properties ---------------------------------------------------------------------------------

_NOT_A_NAME = set(lex.NON_NAME_WORDS) | set(places.COUNTRIES) | set(places.NOT_PEOPLE) | set(places.NATIONALITIES)
_NOT_A_NAME |= set(places.ORGANISATIONS) | set(lex.NAME_PARTICLES) | set(lex.CAPITALISED_PARTICLES)

_titles = st.sampled_from(sorted(set(lex.TITLES) | set(lex.RANKS)))
_given = st.sampled_from(sorted(g for g in lex.GIVEN_NAMES if g.isascii() and g not in _NOT_A_NAME)).map(
    lambda g: "-".join(part.capitalize() for part in g.split("-"))
)
_stem = st.text(alphabet="abcdefghijklmnoprstuvz", min_size=3, max_size=9).filter(lambda s: s not in _NOT_A_NAME)
_surname = st.one_of(
    _stem.map(str.capitalize),
    _stem.map(lambda s: "al-" + s.capitalize()),
    _stem.map(lambda s: "Al-" + s.capitalize()),
    st.tuples(st.sampled_from(["de", "von der", "van"]), _stem).map(lambda t: f"{t[0]} {t[1].capitalize()}"),
    st.tuples(_stem, _stem).map(lambda t: f"{t[0].capitalize()} {t[1].capitalize()}"),
)


@given(title=_titles, given_name=_given, surname=_surname, comma=st.booleans())
def test_title_and_name_property(title: str, given_name: str, surname: str, comma: bool) -> None:
    assume(all(fold(w) not in _NOT_A_NAME for w in surname.split() if w[0].isupper()))
    name = f"{given_name} {surname}"
    separator = ", " if comma else " "
    text = f"Jeudi, le {title}{separator}{name}, a rencontré les alliés."
    document = build_document(text, "p")
    mentions = people.find(document)
    check_people(document, mentions)
    named = [m for m in mentions if m.name == name]
    assert named, mentions
    mention = named[0]
    assert mention.span.text == name
    assert mention.role is not None
    assert mention.role.title == title


@given(
    title=st.sampled_from(sorted(lex.TITLES)),
    qualifier=st.sampled_from(lex.TITLE_QUALIFIERS),
    pre=st.sampled_from(["", "nouveau ", "actuel "]),
    given_name=_given,
    surname=_surname,
)
def test_title_adjectives_property(title: str, qualifier: str, pre: str, given_name: str, surname: str) -> None:
    assume(all(fold(w) not in _NOT_A_NAME for w in surname.split() if w[0].isupper()))
    name = f"{given_name} {surname}"
    document = build_document(f"Mardi, le {pre}{title} {qualifier}, {name}, a quitté Bagdad.", "q")
    mentions = people.find(document)
    check_people(document, mentions)
    (mention,) = [m for m in mentions if m.name == name]
    assert mention.role is not None
    assert mention.role.title == title
    assert mention.role.span.text == f"{title} {qualifier}"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    document = build_document(text, "x")
    check_people(document, people.find(document))


_pieces = st.sampled_from(
    [
        "M.",
        "Mme",
        "le",
        "secrétaire général",
        "de l'OTAN",
        ",",
        "Jens",
        "Stoltenberg",
        "al-Abadi",
        "général",
        "de brigade",
        "Premier ministre",
        "irakien",
        "a dit",
        "\n",
        "«",
        "»",
        "L'Otan",
        "Le",
        "Conseil",
        " ",
    ]
)


@given(st.lists(_pieces, max_size=25).map(" ".join))
def test_genre_like_text_keeps_invariants(text: str) -> None:
    document = build_document(text, "y")
    check_people(document, people.find(document))
