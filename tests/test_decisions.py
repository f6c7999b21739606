"""Decision cues: status from the wording, the decided matter, and the deciding body."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_iraq.document import build_document
from nato_iraq.extract import decisions
from nato_iraq.extract.mentions import DecisionCue
from nato_iraq.model import DecisionStatus

S = DecisionStatus


def find(text: str) -> tuple[DecisionCue, ...]:
    return decisions.find(build_document(text, "t"))


def only(text: str) -> DecisionCue:
    found = find(text)
    assert len(found) == 1, found
    return found[0]


def test_taken_with_body_and_infinitive_summary() -> None:
    cue = only(
        "Les ministres des Affaires étrangères des 32 pays membres ont décidé jeudi de prolonger la mission, "
        "a indiqué un diplomate."
    )
    assert cue.status is S.TAKEN
    assert cue.cue.text == "ont décidé"
    assert cue.body == "Les ministres des Affaires étrangères des 32 pays membres"
    assert cue.body_span is not None
    assert cue.body_span.text == cue.body
    assert cue.summary == "prolonger la mission"


def test_taken_pronoun_body_stops_at_purpose_clause() -> None:
    cue = only("« Nous avons décidé de renforcer notre présence afin de former davantage d'officiers », a-t-il dit.")
    assert (cue.status, cue.body, cue.summary) == (S.TAKEN, "Nous", "renforcer notre présence")


def test_passive_decision_with_agent() -> None:
    cue = only("La décision a été prise par le Conseil de l'Atlantique Nord (CAN) mercredi.")
    assert cue.status is S.TAKEN
    assert cue.body == "le Conseil de l'Atlantique Nord"
    assert cue.summary == "La décision"


def test_inverted_subject_reads_the_main_clause() -> None:
    text = "Comme l'ont décidé les chefs d'État et de gouvernement à Varsovie, le programme sera élargi dès janvier."
    found = find(text)
    assert [(c.cue.text, c.status) for c in found] == [("ont décidé", S.TAKEN), ("sera élargi", S.PLANNED)]
    assert found[0].body == "les chefs d'État et de gouvernement"
    assert found[0].summary == "le programme sera élargi dès janvier"
    assert found[1].summary == "le programme"


@pytest.mark.parametrize(
    ("text", "cue", "status", "summary"),
    [
        ("Le CAN a approuvé un plan de soutien renforcé.", "a approuvé", S.TAKEN, "un plan de soutien renforcé"),
        ("Les Alliés ont entériné le nouveau mandat.", "ont entériné", S.TAKEN, "le nouveau mandat"),
        (
            "Les alliés ont donné leur feu vert à une mission de formation.",
            "ont donné leur feu vert",
            S.TAKEN,
            "une mission de formation",
        ),
        (
            "Les ministres ont convenu de maintenir la présence alliée.",
            "ont convenu",
            S.TAKEN,
            "maintenir la présence alliée",
        ),
        ("Ce plan sera examiné par les ministres de la Défense en juin.", "sera examiné", S.PLANNED, "Ce plan"),
        ("Une mission pourrait être lancée à l'automne.", "pourrait être lancée", S.PLANNED, "Une mission"),
        ("L'OTAN devrait décider d'un nouveau déploiement.", "devrait décider", S.PLANNED, "un nouveau déploiement"),
        (
            "L'Alliance est prête à soutenir les forces irakiennes.",
            "est prête à",
            S.PLANNED,
            "soutenir les forces irakiennes",
        ),
        (
            "L'OTAN va soumettre une proposition aux Irakiens.",
            "va soumettre",
            S.PLANNED,
            "soumettre une proposition aux Irakiens",
        ),
        ("L'Alliance examinera la requête de Bagdad.", "examinera", S.UNDER_CONSIDERATION, "la requête de Bagdad"),
        (
            "Les ministres discuteront d'une présence accrue.",
            "discuteront",
            S.UNDER_CONSIDERATION,
            "une présence accrue",
        ),
        (
            "L'OTAN réfléchit à un soutien supplémentaire.",
            "réfléchit à",
            S.UNDER_CONSIDERATION,
            "un soutien supplémentaire",
        ),
        ("Le gouvernement envisage un retrait partiel.", "envisage", S.UNDER_CONSIDERATION, "un retrait partiel"),
        ("Les alliés étudient une extension du mandat.", "étudient", S.UNDER_CONSIDERATION, "une extension du mandat"),
        ("L'OTAN n'a pas décidé du calendrier.", "n'a pas décidé", S.NOT_TAKEN, "du calendrier"),
        (
            "Aucune décision ne sera prise avant le sommet.",
            "Aucune décision ne sera prise",
            S.NOT_TAKEN,
            "Aucune décision",
        ),
        ("Aucune décision n'a été prise sur le retrait.", "Aucune décision n'a été prise", S.NOT_TAKEN, "le retrait"),
        ("Le Conseil a refusé cette option.", "a refusé", S.NOT_TAKEN, "cette option"),
        (
            "L\u2019Alliance n\u2019a pas encore pris de décision sur son avenir en Irak.",
            "n\u2019a pas encore pris de décision",
            S.NOT_TAKEN,
            "son avenir en Irak",
        ),
    ],
)
def test_status_cues(text: str, cue: str, status: DecisionStatus, summary: str) -> None:
    found = only(text)
    assert (found.cue.text, found.status, found.summary) == (cue, status, summary)
    assert found.sentence.text == text


def test_body_of_under_consideration_title() -> None:
    cue = only("L'OTAN renouvelle son appui à Bagdad et examinera une requête d'assistance\nCorps du texte sans verbe.")
    assert cue.body == "L'OTAN"
    assert cue.summary == "une requête d'assistance"


def test_entamer_l_examen_takes_the_nearest_body() -> None:
    text = (
        "Le secrétaire général espère voir les ministres de la Défense alliés entamer l'examen d'un plan révisé jeudi."
    )
    cue = only(text)
    assert (cue.status, cue.body, cue.summary) == (
        S.UNDER_CONSIDERATION,
        "les ministres de la Défense alliés",
        "un plan révisé jeudi",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Conformément aux décisions des Alliés, l'OTAN poursuit son soutien.",
        "La demande irakienne est arrivée à Bruxelles.",
        "Les ministres se sont réunis pour discuter de la situation.",
        "Des activités de formation ont été lancées en janvier.",
        "Il a salué la décision du gouvernement.",
    ],
)
def test_nouns_and_actions_are_not_cues(text: str) -> None:
    assert find(text) == ()


def test_negation_wins_over_the_affirmative_inside_it() -> None:
    assert [c.status for c in find("Nous n'avons pas approuvé ce plan.")] == [S.NOT_TAKEN]


def test_sentences_do_not_split_on_titles() -> None:
    cue = only("M. Dupont a dit que les Alliés ont décidé d'agir.")
    assert cue.sentence.text == "M. Dupont a dit que les Alliés ont décidé d'agir."
    assert cue.body == "les Alliés"


def test_furniture_is_not_read() -> None:
    lead = "Les Alliés ont décidé de prolonger la mission de formation en Irak pour un an."
    text = f"{lead}\n\nTexte.\n\n{lead}\n"
    assert len(find(text)) == 1


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"abcdeéinoprstuvl' \n.,«»\"ACN",
                "a décidé ",
                "sera examinée ",
                "n'a pas ",
                "par le CAN ",
                "Comme en ont ",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_arbitrary_text_never_raises(pieces: str) -> None:
    doc = build_document(pieces, "x")
    for cue in decisions.find(doc):
        for span in (cue.cue, cue.sentence, cue.body_span):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text
        assert cue.sentence.contains(cue.cue)
        assert cue.summary


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_never_raises(text: str) -> None:
    doc = build_document(text, "x")
    for cue in decisions.find(doc):
        assert doc.text[cue.cue.start : cue.cue.end] == cue.cue.text
