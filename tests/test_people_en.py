"""People, honorifics, titles and roles in English copy (sentences written for these tests)."""

import pytest
from _invariants import check_people
from hypothesis import given
from hypothesis import strategies as st

from nato_iraq.document import Document, build_document
from nato_iraq.extract import people
from nato_iraq.extract.lexicon import people as lex
from nato_iraq.extract.mentions import PersonMention


def _doc(text: str) -> Document:
    return build_document(text, "t", language="en")


def _find(text: str) -> tuple[PersonMention, ...]:
    return people.find(_doc(text))


def _named(text: str) -> dict[str, PersonMention]:
    return {m.span.text: m for m in _find(text)}


def _role(mention: PersonMention) -> tuple[str, str, str | None, str | None, str | None]:
    assert mention.role is not None
    role = mention.role
    return role.span.text, role.title, role.organisation, role.country, role.office


# --- titles before a name ------------------------------------------------------------------------


def test_organisation_before_title() -> None:
    (mention,) = _find("NATO Secretary General Jens Stoltenberg arrived in Baghdad on Monday.")
    assert mention.span.text == "Jens Stoltenberg"
    assert mention.name == "Jens Stoltenberg"
    assert _role(mention) == (
        "NATO Secretary General",
        "secretary general",
        "NATO",
        None,
        "nato-secretary-general",
    )


def test_hyphenated_secretary_general_and_possessive_organisation() -> None:
    (mention,) = _find("The talks were chaired by NATO's Secretary-General Mark Rutte in The Hague.")
    assert mention.name == "Mark Rutte"
    assert _role(mention)[1:] == ("secretary-general", "NATO", None, "nato-secretary-general")


def test_nationality_before_prime_minister() -> None:
    (mention,) = _find("Iraqi Prime Minister Mustafa al-Kadhimi thanked the allies for their support.")
    assert mention.name == "Mustafa al-Kadhimi"
    assert _role(mention) == ("Iraqi Prime Minister", "prime minister", None, "Iraq", "iraq-prime-minister")


def test_title_without_country_has_no_office() -> None:
    (mention,) = _find("Talks with Prime Minister Haider al-Abadi lasted two hours.")
    assert mention.name == "Haider al-Abadi"
    assert _role(mention) == ("Prime Minister", "prime minister", None, None, None)


def test_country_possessive_and_of_complement() -> None:
    found = _named(
        "Iraq's Prime Minister Adil Abdul-Mahdi met the envoy. Later, the Prime Minister of Iraq "
        "Nouri al-Maliki spoke to the press."
    )
    assert _role(found["Adil Abdul-Mahdi"])[1:] == ("prime minister", None, "Iraq", "iraq-prime-minister")
    assert _role(found["Nouri al-Maliki"]) == (
        "Prime Minister of Iraq",
        "prime minister",
        None,
        "Iraq",
        "iraq-prime-minister",
    )


@pytest.mark.parametrize(
    ("text", "span", "title"),
    [
        ("U.S. Defense Secretary James Mattis", "U.S. Defense Secretary", "defense secretary"),
        ("US Secretary of Defense Lloyd Austin", "US Secretary of Defense", "secretary of defense"),
        ("American Defense Secretary Ashton Carter", "American Defense Secretary", "defense secretary"),
        ("Defense Secretary Chuck Hagel", "Defense Secretary", "defense secretary"),
        ("Secretary of Defense Robert Gates", "Secretary of Defense", "secretary of defense"),
    ],
)
def test_us_secretary_of_defense(text: str, span: str, title: str) -> None:
    (mention,) = _find(f"{text} told troops at the base that the mission had changed.")
    assert _role(mention) == (span, title, None, "United States", "us-secretary-of-defense")


def test_british_defence_secretary() -> None:
    (mention,) = _find("Defence Secretary Ben Wallace said British trainers would stay.")
    assert mention.name == "Ben Wallace"
    assert _role(mention) == (
        "Defence Secretary",
        "defence secretary",
        None,
        "United Kingdom",
        "uk-secretary-of-state-for-defence",
    )


def test_foreign_minister_with_and_without_country() -> None:
    found = _named("Foreign Minister Fuad Hussein met Iraqi Foreign Minister Ibrahim al-Jaafari's successor.")
    assert _role(found["Fuad Hussein"]) == ("Foreign Minister", "foreign minister", None, None, None)
    assert found["Ibrahim al-Jaafari"].role is not None
    assert found["Ibrahim al-Jaafari"].role.office == "iraq-minister-of-foreign-affairs"
    assert found["Ibrahim al-Jaafari"].name_span is not None
    assert found["Ibrahim al-Jaafari"].name_span.text == "Ibrahim al-Jaafari"  # no possessive


def test_former_title_keeps_adjective_and_has_no_office() -> None:
    (mention,) = _find("Former Defense Secretary Donald Rumsfeld was not invited.")
    assert mention.name == "Donald Rumsfeld"
    assert _role(mention)[1:] == ("former defense secretary", None, "United States", None)


def test_president_nationality() -> None:
    (mention,) = _find("Turkish President Recep Tayyip Erdogan raised objections at the summit.")
    assert mention.name == "Recep Tayyip Erdogan"
    assert _role(mention)[1:4] == ("president", None, "Türkiye")


# --- ranks ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rank", "title"),
    [
        ("Lt. Gen.", "lieutenant general"),
        ("Lt Gen", "lieutenant general"),
        ("Lieutenant General", "lieutenant general"),
        ("Maj. Gen.", "major general"),
        ("Major General", "major general"),
        ("Brig. Gen.", "brigadier general"),
        ("Gen.", "general"),
        ("General", "general"),
        ("Adm.", "admiral"),
        ("Admiral", "admiral"),
        ("Rear Adm.", "rear admiral"),
        ("Vice Admiral", "vice admiral"),
        ("Col.", "colonel"),
        ("Lt. Col.", "lieutenant colonel"),
        ("Commander", "commander"),
        ("Capt.", "captain"),
    ],
)
def test_ranks_and_abbreviations(rank: str, title: str) -> None:
    (mention,) = _find(f"On Tuesday {rank} Karen Hollis inspected the training site at Taji.")
    assert mention.span.text == "Karen Hollis"
    assert mention.name == "Karen Hollis"
    assert mention.role is not None
    assert mention.role.span.text == rank
    assert mention.role.title == title
    assert mention.role.office is None


def test_nationality_before_rank() -> None:
    found = _named("Danish Maj. Gen. Per Olsen handed over command to Canadian Maj.-Gen. Dany Fortin.")
    assert _role(found["Per Olsen"])[1:4] == ("major general", None, "Denmark")
    assert _role(found["Dany Fortin"])[1:4] == ("major general", None, "Canada")


def test_rank_with_apposition_chair_of_military_committee() -> None:
    mentions = _find("Admiral Rob Bauer, chair of the NATO Military Committee, visited the Iraqi academy.")
    assert [m.span.text for m in mentions] == ["Rob Bauer", "chair of the NATO Military Committee"]
    assert all(m.name == "Rob Bauer" for m in mentions)
    assert _role(mentions[0])[1] == "admiral"
    assert _role(mentions[1]) == (
        "chair of the NATO Military Committee",
        "chair of the military committee",
        "NATO",
        None,
        "nato-military-committee-chair",
    )


def test_title_then_rank_and_name() -> None:
    mentions = _find("The commander of NATO Mission Iraq, Lieutenant General Giovanni Iannucci, met Iraqi officers.")
    assert [m.span.text for m in mentions] == ["commander of NATO Mission Iraq", "Giovanni Iannucci"]
    assert all(m.name == "Giovanni Iannucci" for m in mentions)
    assert _role(mentions[0])[1:3] == ("commander", "NATO Mission Iraq")
    assert _role(mentions[1])[:2] == ("Lieutenant General", "lieutenant general")


def test_service_apposition_gives_country() -> None:
    found = _named("Maj. Gen. Jennie Carignan, of the Canadian Armed Forces, took command in November.")
    assert _role(found["Jennie Carignan"])[1:4] == ("major general", None, "Canada")


def test_common_words_are_not_ranks() -> None:
    text = "The General Assembly met. It was a major step, and in general the allies agreed."
    assert _find(text) == ()


# --- honorifics ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Mr", "Mr"),
        ("Mr.", "Mr"),
        ("Mrs", "Mrs"),
        ("Mrs.", "Mrs"),
        ("Ms", "Ms"),
        ("Ms.", "Ms"),
        ("Dr", "Dr"),
        ("Dr.", "Dr"),
    ],
)
def test_honorifics_with_and_without_dot(written: str, canonical: str) -> None:
    (mention,) = _find(f"Speaking in Erbil, {written} Hollis said the plan was sound.")
    assert mention.span.text == f"{written} Hollis"
    assert mention.name == "Hollis"
    assert mention.honorific == canonical


# --- appositions, surnames, possessives ----------------------------------------------------------


def test_surname_with_possessive_title_apposition() -> None:
    (mention,) = _find("Stoltenberg, NATO's secretary general, said the allies agreed.")
    assert mention.span.text == "Stoltenberg"
    assert mention.name == "Stoltenberg"
    assert _role(mention) == (
        "NATO's secretary general",
        "secretary general",
        "NATO",
        None,
        "nato-secretary-general",
    )


def test_name_then_the_title() -> None:
    (mention,) = _find("said Jens Stoltenberg, the NATO secretary general.")
    assert mention.name == "Jens Stoltenberg"
    assert _role(mention)[0] == "NATO secretary general"
    assert _role(mention)[4] == "nato-secretary-general"


def test_surname_alone_and_possessive() -> None:
    mentions = _find(
        "Secretary General Jens Stoltenberg opened the meeting. Stoltenberg's speech was short, and "
        "Stoltenberg left early."
    )
    assert [m.span.text for m in mentions] == ["Jens Stoltenberg", "Stoltenberg", "Stoltenberg"]
    assert [m.name for m in mentions] == ["Jens Stoltenberg", "Stoltenberg", "Stoltenberg"]


def test_bare_title_references() -> None:
    found = _named("The NATO chief flew to Baghdad, where the secretary general met troops.")
    assert found["The NATO chief"].name is None
    assert _role(found["The NATO chief"]) == ("NATO chief", "chief", "NATO", None, "nato-secretary-general")
    assert found["the secretary general"].name is None
    assert _role(found["the secretary general"])[1] == "secretary general"


def test_pentagon_chief() -> None:
    (mention,) = _find("The Pentagon chief said the drawdown would be gradual.")
    assert _role(mention)[1:] == ("chief", "United States Department of Defense", None, "us-secretary-of-defense")


def test_bare_name_after_reporting_verb() -> None:
    (mention,) = _find('"Training goes on," said Karen Hollis.')
    assert mention.name == "Karen Hollis"
    assert mention.role is None


# --- not people ----------------------------------------------------------------------------------


def test_organisations_and_places_are_not_people() -> None:
    text = (
        "NATO and the Pentagon briefed the White House on Islamic State positions near Baghdad. "
        "Resolute Support and Inherent Resolve ended, the Associated Press reported."
    )
    assert _find(text) == ()


def test_french_tables_unchanged_for_french_document() -> None:
    # an English-only title is not read in a French document
    document = build_document("Le Defense Secretary James Mattis a parlé.", "t", language="fr")
    assert all(m.role is None or m.role.office != "us-secretary-of-defense" for m in people.find(document))


# --- properties ----------------------------------------------------------------------------------

_GIVEN = ["Karen", "Lloyd", "Haider", "Mark", "Jens", "Fuad"]
_SURNAMES = ["Hollis", "Austin", "Stoltenberg", "Rutte", "Hussein", "Lambert"]
_NATIONALITIES = sorted(k for k in lex.EN_NATIONALITIES if k[0].isalpha() and "." not in k and k != "us")


@given(
    nationality=st.sampled_from(_NATIONALITIES),
    given_name=st.sampled_from(_GIVEN),
    surname=st.sampled_from(_SURNAMES),
    title=st.sampled_from(["Prime Minister", "President", "Defense Minister", "Foreign Minister", "Ambassador"]),
)
def test_generated_title_phrases(nationality: str, given_name: str, surname: str, title: str) -> None:
    text = f"On Friday {nationality.capitalize()} {title} {given_name} {surname} met the delegation."
    document = _doc(text)
    mentions = people.find(document)
    check_people(document, mentions)
    (mention,) = mentions
    assert mention.name == f"{given_name} {surname}"
    assert mention.role is not None
    assert mention.role.country == lex.EN_NATIONALITIES[nationality]
    assert mention.role.title == title.lower()
    expected = {
        ("Iraq", "Prime Minister"): "iraq-prime-minister",
        ("Iraq", "President"): "iraq-president",
        ("Iraq", "Defense Minister"): "iraq-minister-of-defence",
        ("Iraq", "Foreign Minister"): "iraq-minister-of-foreign-affairs",
        ("United States", "President"): "us-president",
        ("United States", "Defense Minister"): "us-secretary-of-defense",
    }
    assert mention.role.office == expected.get((mention.role.country, title), mention.role.office)


@given(rank=st.sampled_from(sorted(lex.EN_RANKS)), surname=st.sampled_from(_SURNAMES))
def test_every_rank_before_a_full_name(rank: str, surname: str) -> None:
    written = " ".join(w.capitalize() if w[0].isalpha() else w for w in rank.split(" "))
    written = "-".join(p[:1].upper() + p[1:] for p in written.split("-"))
    document = _doc(f"We met {written} Karen {surname} in Baghdad.")
    mentions = people.find(document)
    check_people(document, mentions)
    named = [m for m in mentions if m.name == f"Karen {surname}"]
    assert named, written
    assert named[0].role is not None
    assert named[0].role.title == lex.EN_EXPANSIONS.get(rank, rank)


_PIECES = [*"aAbBeEgGlLmMnNrsStT .,'\"\n-", "Gen. ", "Mr ", "NATO's ", "Secretary ", "the ", "Iraqi ", "Jens ", "said "]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_find_never_raises_and_spans_are_exact(pieces: list[str]) -> None:
    document = _doc("".join(pieces))
    check_people(document, people.find(document))
