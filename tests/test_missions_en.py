"""Mission mentions and scope sentences in English: names, descriptions, anaphora, coalition, advised institutions."""

import pytest
from _invariants import assert_cut_from
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_iraq.document import build_document
from nato_iraq.extract import missions


def mentions(text: str, header: str = "") -> list[tuple[str, str | None, bool, bool]]:
    doc = build_document(header + text, "t", language="en")
    return [(m.span.text, m.key, m.descriptive, m.anaphoric) for m in missions.find(doc)]


def scope(text: str) -> list[tuple[tuple[str, ...], bool]]:
    doc = build_document(text, "t", language="en")
    return [(s.institutions, s.added) for s in missions.find_scope(doc)]


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Officers of NTM-I left Baghdad in December.", "NTM-I", "ntm-i"),
        ("The commander of NMI took office in May.", "NMI", "nmi"),
        ("He joined NATO Mission Iraq in 2019.", "NATO Mission Iraq", "nmi"),
        ("He joined the NATO Mission in Iraq in 2019.", "NATO Mission in Iraq", "nmi"),
        ("He served with the NATO Training Mission-Iraq for a year.", "NATO Training Mission-Iraq", "ntm-i"),
        ("Troops serving with Resolute Support left Kabul.", "Resolute Support", "resolute-support"),
        ("He led the Resolute Support Mission.", "Resolute Support Mission", "resolute-support"),
        ("Strikes by Operation Inherent Resolve went on.", "Operation Inherent Resolve", "coalition"),
        ("Ministers of the Global Coalition to Defeat ISIS met.", "Global Coalition to Defeat ISIS", "coalition"),
        ("The Global Coalition against Daesh met.", "Global Coalition against Daesh", "coalition"),
        (
            "Iraq asked for help under the Defence Capacity Building initiative.",
            "Defence Capacity Building initiative",
            "dcb-iraq",
        ),
        (
            "Iraq asked for help under the Defense Capacity Building Initiative.",
            "Defense Capacity Building Initiative",
            "dcb-iraq",
        ),
        ("Troops of the ISAF mission left.", "ISAF", "isaf"),
        (
            "Strikes by the US-led coalition against Islamic State went on.",
            "US-led coalition against Islamic State",
            "coalition",
        ),
        (
            "Strikes by the U.S.-led coalition fighting the Islamic State group went on.",
            "U.S.-led coalition fighting the Islamic State group",
            "coalition",
        ),
        ("The anti-ISIS coalition said its jets struck.", "anti-ISIS coalition", "coalition"),
    ],
)
def test_names_and_acronyms(text: str, name: str, key: str) -> None:
    assert mentions(text) == [(name, key, False, False)]


def test_lower_case_names_describe() -> None:
    assert mentions("He joined the NATO mission in Iraq last year.") == [
        ("the NATO mission in Iraq", None, True, False)
    ]
    assert mentions("Allies pledged resolute support for Iraq.") == []


@pytest.mark.parametrize(
    ("text", "span", "descriptive", "anaphoric"),
    [
        ("NATO's training mission in Iraq will grow.", "NATO's training mission in Iraq", True, False),
        ("He praised the alliance's mission in Iraq.", "the alliance's mission in Iraq", True, False),
        ("He visited the expanded mission.", "the expanded mission", True, False),
        ("Officers from the training and advisory mission met.", "the training and advisory mission", True, False),
        ("It is a NATO-led training mission.", "a NATO-led training mission", True, False),
        ("He spoke of the mission in Iraq.", "the mission in Iraq", True, False),
        ("The new mission will start in July.", "The new mission", False, True),
        ("This mission is non-combat.", "This mission", False, True),
        ("Its mission is to advise.", "Its mission", False, True),
    ],
)
def test_descriptions_and_anaphora(text: str, span: str, descriptive: bool, anaphoric: bool) -> None:
    assert mentions(text) == [(span, None, descriptive, anaphoric)]


def test_a_mission_alone_is_no_reference() -> None:
    assert mentions("Iraq asked for a mission and a new mission was proposed.") == []


def test_us_led_coalition_follows_the_document_date() -> None:
    sentence = "Soldiers of the US-led coalition patrolled the city."
    assert mentions(sentence, " date 2016-05 ") == [("US-led coalition", "coalition", False, False)]
    assert mentions(sentence, " date 2006-05 ") == [("US-led coalition", "mnf-i", False, False)]


def test_bare_coalition_needs_the_islamic_state_in_the_text() -> None:
    assert mentions("The coalition said ISIS fighters had fled.") == [("coalition", "coalition", False, False)]
    assert mentions("The coalition said the city was calm.") == []
    assert mentions("The coalition government in Brussels fell; ISIS was not discussed.") == []


# --- scope -----------------------------------------------------------------------------------


def test_scope_lists_capitalised_objects_of_the_advising_verb() -> None:
    text = (
        "The mission advises the Ministry of Defence, the Office of the National Security Adviser and the Prime "
        "Minister's National Operations Centre."
    )
    assert scope(text) == [
        (
            (
                "Ministry of Defence",
                "Office of the National Security Adviser",
                "Prime Minister's National Operations Centre",
            ),
            False,
        )
    ]


def test_scope_extension_is_added() -> None:
    text = "The mission will extend its advice to the Ministry of Interior and the Federal Police Command."
    assert scope(text) == [(("Ministry of Interior", "Federal Police Command"), True)]


def test_scope_future_with_also_is_added() -> None:
    text = "From next year, NMI will also advise the Counter-Terrorism Service."
    assert scope(text) == [(("Counter-Terrorism Service",), True)]


def test_scope_ignores_bodies_before_the_cue_and_lower_case_heads() -> None:
    text = "The North Atlantic Council said NMI advises the Ministry of Defence and the security service."
    assert scope(text) == [(("Ministry of Defence",), False)]


def test_no_scope_without_an_advising_cue() -> None:
    assert scope("Stoltenberg met the Ministry of Defence in Baghdad.") == []


# --- properties ------------------------------------------------------------------------------

_PREMODIFIERS = ["training", "advisory", "non-combat", "expanded", "capacity-building"]


@settings(max_examples=60)
@given(
    st.sampled_from(["the", "NATO's", "this", "their", "the alliance's"]),
    st.lists(st.sampled_from(_PREMODIFIERS), max_size=2, unique=True),
    st.sampled_from(["", " in Iraq", " to Iraq"]),
)
def test_generated_references_read_back(det: str, pre: list[str], complement: str) -> None:
    reference = " ".join([det, *pre, "mission"]) + complement
    found = mentions(f"Officials described {reference} on Monday.")
    qualified = bool(pre) or bool(complement) or det in ("NATO's", "the alliance's")
    assert found == [(reference, None, qualified, not qualified)]


@settings(max_examples=60)
@given(
    st.lists(
        st.sampled_from([*"abdeilnorstw ,.'\n", "mission ", "the ", "NATO ", "advises ", "Ministry ", "coalition "]),
        max_size=60,
    ).map("".join)
)
def test_find_never_raises_and_spans_are_exact(text: str) -> None:
    doc = build_document(text, "t", language="en")
    assert_cut_from(doc, *(mention.span for mention in missions.find(doc)))
    assert_cut_from(doc, *(found.span for found in missions.find_scope(doc)))


_NAMING_WORDS = [
    "us", "u.s.", "american", "washington", "-", "led", "us-led", "u.s.-led", "international", "military",
    "global", "multinational", "coalition", "against", "fighting", "battling", "to defeat", "to counter",
    "the", "islamic state", "isis", "isil", "daesh", "is", "group", "militants", "anti", "anti-isis",
    "jihadist", "nmi", "nato mission iraq", "(", "/", "'", "this", "talks", "the global", "this international",
]  # fmt: skip


def test_naming_phrases_are_scanned_only_at_their_opening_words() -> None:
    """The candidate scans (at :data:`~nato_iraq.extract.lexicon.missions.EN_NAME_OPENERS` and
    :data:`~nato_iraq.extract.lexicon.missions.EN_COALITION_OPENERS`) find every match of the
    English names and coalition patterns that the plain scans find."""
    import random

    patterns = missions._patterns("en")
    assert patterns.names_first is not None
    assert patterns.coalition_first is not None
    rng = random.Random(5)
    for _ in range(3000):
        low = "".join(rng.choice(_NAMING_WORDS) + rng.choice([" ", " ", "  ", "\n", "-", "", "("]) for _ in range(12))
        spaced = missions._spaced(low)
        quick = [(m.span(), shift) for m, shift in missions._scan(patterns.names, low, patterns.names_first, spaced)]
        assert quick == [(m.span(), shift) for m, shift in missions._scan(patterns.names, low)], low
        quick = [(m.span(), s) for m, s in missions._scan(patterns.coalition, low, patterns.coalition_first, spaced)]
        assert quick == [(m.span(), shift) for m, shift in missions._scan(patterns.coalition, low)], low
