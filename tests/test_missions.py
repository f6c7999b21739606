"""Mission mentions (names, acronyms, descriptions, anaphora), scope sentences, the mission table."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_iraq.dates import PartialDate
from nato_iraq.document import build_document
from nato_iraq.extract import missions
from nato_iraq.extract.lexicon.missions import KNOWN_MISSIONS, MISSIONS_BY_ID, NAME_PATTERNS, get_mission


def mentions(text: str, header: str = "") -> list[tuple[str, str | None, bool, bool]]:
    doc = build_document(header + text, "t")
    return [(m.span.text, m.key, m.descriptive, m.anaphoric) for m in missions.find(doc)]


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Les formateurs de la NTM-I ont quitté Bagdad.", "NTM-I", "ntm-i"),
        ("Les formateurs de la NTM\u2011I ont quitté Bagdad.", "NTM\u2011I", "ntm-i"),
        ("Le commandant de la NMI a pris ses fonctions.", "NMI", "nmi"),
        ("Le programme DCB pour l'Irak avance.", "DCB", "dcb-iraq"),
        ("Les troupes de la FIAS ont quitté Kaboul.", "FIAS", "isaf"),
        ("Elle s'inscrit dans la NATO Mission in Iraq depuis 2018.", "NATO Mission in Iraq", "nmi"),
        ("Il a visité la NATO Training Mission-Iraq.", "NATO Training Mission-Iraq", "ntm-i"),
        ("La Mission OTAN de formation en Iraq forme des officiers.", "Mission OTAN de formation en Iraq", "ntm-i"),
        ("La Mission de l\u2019OTAN en Irak conseille Bagdad.", "Mission de l\u2019OTAN en Irak", "nmi"),
        ("Il commande la mission Resolute Support depuis mai.", "mission Resolute Support", "resolute-support"),
        ("Il commande la mission Resolute  Support depuis mai.", "mission Resolute  Support", "resolute-support"),
        (
            "dans le cadre de l'initiative OTAN de renforcement des capacités de défense et des capacités de sécurité "
            "s'y rapportant.",
            "initiative OTAN de renforcement des capacités de défense et des capacités de sécurité s'y rapportant",
            "dcb-iraq",
        ),
        (
            "Les frappes de la coalition internationale anti-Daech dirigée par les Etats-Unis continuent.",
            "coalition internationale anti-Daech dirigée par les Etats-Unis",
            "coalition",
        ),
        ("Les frappes de l'opération Inherent Resolve continuent.", "opération Inherent Resolve", "coalition"),
    ],
)
def test_names_and_acronyms(text: str, name: str, key: str) -> None:
    assert mentions(text) == [(name, key, False, False)]


def test_lower_case_mission_de_l_otan_is_a_description() -> None:
    assert mentions("Il a rejoint la mission de l'OTAN en Irak.") == [
        ("la mission de l'OTAN en Irak", None, True, False)
    ]


def test_us_led_coalition_follows_the_document_date() -> None:
    sentence = "Les soldats de la coalition dirigée par les États-Unis patrouillent."
    assert mentions(sentence, " date 2016-05 ") == [("coalition dirigée par les États-Unis", "coalition", False, False)]
    assert mentions(sentence, " date 2006-05 ") == [("coalition dirigée par les États-Unis", "mnf-i", False, False)]
    assert mentions(sentence, " date 2003-04 ") == [("coalition dirigée par les États-Unis", None, False, False)]
    assert mentions(sentence) == [("coalition dirigée par les États-Unis", "coalition", False, False)]


@pytest.mark.parametrize(
    "text",
    [
        "sa mission d'entraînement des forces irakiennes",
        "une mission alliée de formation et de conseil en Irak",
        "la mission de formation de l'Otan en Irak",
        "une mission élargie d'entraînement et de conseil des forces de sécurité irakiennes",
        "cette mission «non-combattante» de conseil",
        "leur mission en Afghanistan",
    ],
)
def test_descriptive_references(text: str) -> None:
    assert mentions(f"Le ministre a évoqué {text}.") == [(text, None, True, False)]


@pytest.mark.parametrize(
    "text", ["cette mission", "la mission", "notre mission", "cette nouvelle mission", "Cette mission"]
)
def test_anaphoric_references(text: str) -> None:
    assert mentions(f"{text} durera deux ans.") == [(text, None, False, True)]


def test_indefinite_mission_alone_is_not_a_reference() -> None:
    assert mentions("Washington a demandé une mission à l'OTAN.") == []


def test_description_and_name_side_by_side() -> None:
    text = "L'OTAN élargit sa mission en Irak (la «NATO Mission in Iraq», NMI) et RSM reste en place."
    assert mentions(text) == [
        ("sa mission en Irak", None, True, False),
        ("NATO Mission in Iraq", "nmi", False, False),
        ("NMI", "nmi", False, False),
        ("RSM", "resolute-support", False, False),
    ]


def test_acronyms_need_capitals_and_word_edges() -> None:
    assert mentions("Le mot nmi, les NMIs et la DCBX ne comptent pas.") == []


# --- scope -----------------------------------------------------------------------------------


def scope(text: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(s.institutions, s.added) for s in missions.find_scope(build_document(text, "t"))]


def test_current_scope() -> None:
    text = (
        "Depuis sa création, la mission conseille les cadres en poste au ministère de la Défense, "
        "au Bureau du conseiller à la sécurité nationale et au Centre national d\u2019opérations du Premier ministre."
    )
    assert scope(text) == [
        (
            (
                "ministère de la Défense",
                "Bureau du conseiller à la sécurité nationale",
                "Centre national d'opérations du Premier ministre",
            ),
            False,
        )
    ]


def test_future_scope_with_aussi_is_added() -> None:
    text = (
        "À l'avenir, elle conseillera aussi les responsables du ministère des Finances "
        "et au commandement des garde-côtes."
    )
    assert scope(text) == [(("commandement des garde-côtes",), True)]


def test_extended_role_is_added() -> None:
    text = (
        "La mission verra son rôle de conseil étendu au ministère de l'Intérieur "
        "et au commandement de la police fédérale."
    )
    assert scope(text) == [(("ministère de l'Intérieur", "commandement de la police fédérale"), True)]


def test_institutions_without_advising_are_no_scope() -> None:
    assert scope("Des officiers du ministère de la Défense se sont rendus au ministère de l'Intérieur.") == []


def test_scope_span_is_the_sentence() -> None:
    text = "Premier point. Dorénavant, la NMI conseillera au ministère de l'Intérieur."
    found = missions.find_scope(build_document(text, "t"))
    assert [(s.span.text, s.institutions, s.added) for s in found] == [
        ("Dorénavant, la NMI conseillera au ministère de l'Intérieur.", ("ministère de l'Intérieur",), True)
    ]


# --- the table -------------------------------------------------------------------------------


def test_table_integrity() -> None:
    ids = [m.id for m in KNOWN_MISSIONS]
    assert len(ids) == len(set(ids))
    assert {"ntm-i", "nmi", "dcb-iraq", "resolute-support", "isaf", "coalition"} <= set(ids)
    for mission in KNOWN_MISSIONS:
        assert MISSIONS_BY_ID[mission.id] is mission
        assert get_mission(mission.id) is mission
        assert mission.acronym is None or mission.acronym in mission.acronyms
        if mission.active_from and mission.active_to:
            assert PartialDate.from_iso(mission.active_from) <= PartialDate.from_iso(mission.active_to)
    for _, candidates in NAME_PATTERNS:
        assert all(c in MISSIONS_BY_ID for c in candidates)
    assert get_mission("nope") is None
    assert (get_mission("ntm-i").active_from, get_mission("ntm-i").active_to) == ("2004-08", "2011-12")  # type: ignore[union-attr]
    assert get_mission("nmi").active_to is None  # type: ignore[union-attr]
    assert {m.id for m in KNOWN_MISSIONS if m.descriptive_target} == {"ntm-i", "nmi"}
    for mission in KNOWN_MISSIONS:
        if mission.announced_from and mission.active_from:
            assert PartialDate.from_iso(mission.announced_from) <= PartialDate.from_iso(mission.active_from)


def test_every_listed_name_is_found_with_its_key() -> None:
    for mission in KNOWN_MISSIONS:
        for name in (mission.name, *mission.aliases, *mission.acronyms):
            found = mentions(f"On parle de {name} ici.")
            assert found, name
            assert found[0][:2] == (name, mission.id), (name, found)


# --- properties --------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"aeinrstu' \n.,«»-",
                "mission ",
                "cette ",
                "la ",
                "NMI",
                "au ministère de ",
                "conseille ",
                "coalition dirigée par les États-Unis",
                "Resolute Support",
                "de formation ",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_arbitrary_text_never_raises(text: str) -> None:
    doc = build_document(text, "x")
    for mention in missions.find(doc):
        assert doc.text[mention.span.start : mention.span.end] == mention.span.text
        assert mention.key is None or mention.key in MISSIONS_BY_ID
    for found in missions.find_scope(doc):
        assert doc.text[found.span.start : found.span.end] == found.span.text
        assert found.institutions


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_never_raises(text: str) -> None:
    doc = build_document(text, "x")
    missions.find(doc)
    missions.find_scope(doc)


# --- programme names and references to the anti-IS coalition ------------------------------------


def test_programme_de_renforcement_names_dcb() -> None:
    found = mentions(
        "Elle forme des officiers dans le cadre de son programme de renforcement des capacités de défense."
    )
    assert found == [("programme de renforcement des capacités de défense", "dcb-iraq", False, False)]


def test_unambiguous_coalition_names_ignore_the_date() -> None:
    # the anti-IS wording names one coalition, even when the document date (here a wrong one) is older
    sentence = "Les avions serviront la coalition contre le groupe Etat islamique."
    assert mentions(sentence, " date 2011-10 ") == [
        ("coalition contre le groupe Etat islamique", "coalition", False, False)
    ]


def test_bare_coalition_when_the_text_speaks_of_the_islamic_state() -> None:
    text = (
        "Bruxelles fournit des F-16 contre l'Etat islamique. La coalition internationale mène des frappes, "
        "et la coalition forme aussi des soldats."
    )
    assert mentions(text) == [
        ("coalition internationale", "coalition", False, False),
        ("coalition", "coalition", False, False),
    ]


def test_bare_coalition_after_a_named_one() -> None:
    text = "Il a rejoint la coalition anti-EI en 2014. Les pays de la coalition se réunissent."
    assert [m[:2] for m in mentions(text)] == [("coalition anti-EI", "coalition"), ("coalition", "coalition")]


@pytest.mark.parametrize(
    "text",
    [
        # no word of the fight against the Islamic State: the US-led force of 2004, say
        "Les soldats de la coalition patrouillent à Bagdad depuis l'invasion.",
        # a government coalition, even in a text about the Islamic State
        "La coalition gouvernementale débat de l'envoi de F-16 contre l'EI.",
        # plural and indefinite forms are not a reference to one coalition
        "Les coalitions se succèdent; une coalition contre Daech est née.",
    ],
)
def test_coalition_words_that_are_not_the_anti_is_coalition(text: str) -> None:
    assert [m for m in mentions(text) if m[0] in ("coalition", "coalition internationale")] == []
