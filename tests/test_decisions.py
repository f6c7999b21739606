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


@pytest.mark.parametrize(
    ("text", "cue", "status"),
    [
        (
            "Les alliés ont donné mardi leur feu vert à l'envoi d'instructeurs.",
            "ont donné mardi leur feu vert",
            S.TAKEN,
        ),
        ("Le Conseil a suspendu la formation des cadets irakiens.", "a suspendu", S.TAKEN),
        ("Les patrouilles conjointes ont été suspendues jusqu'à nouvel ordre.", "ont été suspendues", S.TAKEN),
        ("Les exercices de tir ont aussi été suspendus.", "ont aussi été suspendus", S.TAKEN),
        ("Les dirigeants ont solennellement lancé une mission de conseil.", "ont solennellement lancé", S.TAKEN),
        ("Les deux gouvernements ont convenu d'un retrait progressif.", "ont convenu", S.TAKEN),
        ("Washington et Bagdad sont convenus d'un calendrier.", "sont convenus", S.TAKEN),
        ("Le retrait convenu avec Bagdad s'achèvera en 2026.", "convenu", S.TAKEN),
        ("Le CAN a prolongé d'un an le mandat de la mission.", "a prolongé", S.TAKEN),
        ("Les ministres ont prolongé le mandat jusqu'en 2025.", "ont prolongé", S.TAKEN),
        ("L'Alliance a mis fin à sa mission d'entraînement.", "a mis fin", S.TAKEN),
        ("Les ambassadeurs ont entériné mercredi le plan opérationnel.", "ont entériné", S.TAKEN),
        ("Les ministres ont par ailleurs décidé de renforcer la mission.", "ont par ailleurs décidé", S.TAKEN),
        ("Le Conseil a finalement approuvé le budget commun.", "a finalement approuvé", S.TAKEN),
        ("Les alliés ont également décidé de maintenir leur présence.", "ont également décidé", S.TAKEN),
        ("Les Alliés n'ont en revanche pas décidé de rester.", "n'ont en revanche pas décidé", S.NOT_TAKEN),
        ("Le Parlement n'a toutefois pas encore tranché.", "n'a toutefois pas encore tranché", S.NOT_TAKEN),
        ("La question de l'adhésion n'a pas été tranchée.", "n'a pas été tranchée", S.NOT_TAKEN),
        ("Les effectifs n'ont pas encore été arrêtés.", "n'ont pas encore été arrêtés", S.NOT_TAKEN),
        ("Le Conseil n'avait pris aucune décision sur le retrait.", "n'avait pris aucune décision", S.NOT_TAKEN),
        ("Les alliés ont reporté leur décision sur le retrait.", "ont reporté leur décision", S.NOT_TAKEN),
        ("Cette piste reste à l'étude à Bruxelles.", "reste à l'étude", S.UNDER_CONSIDERATION),
        ("Le Conseil réexaminera la question en mars.", "réexaminera", S.UNDER_CONSIDERATION),
        ("Nous examinerons cette requête avec soin.", "examinerons", S.UNDER_CONSIDERATION),
        (
            "Les ambassadeurs réfléchissent cependant à une autre option.",
            "réfléchissent cependant à",
            S.UNDER_CONSIDERATION,
        ),
        ("Le budget sera réexaminé au printemps.", "sera réexaminé", S.PLANNED),
        ("La proposition sera de nouveau examinée en juin.", "sera de nouveau examinée", S.PLANNED),
        ("Une équipe de formateurs pourrait être déployée à Bagdad.", "pourrait être déployée", S.PLANNED),
    ],
)
def test_more_status_cues(text: str, cue: str, status: DecisionStatus) -> None:
    found = only(text)
    assert (found.cue.text, found.status) == (cue, status)


def test_passive_negation_summarises_its_subject() -> None:
    found = only("La question de l'adhésion n'a pas été tranchée.")
    assert found.summary == "La question de l'adhésion"


def test_decision_noun_makes_prise_a_planned_decision() -> None:
    found = only("La décision finale sur son envoi devrait être prise en juillet.")
    assert (found.cue.text, found.status, found.summary) == (
        "devrait être prise",
        S.PLANNED,
        "La décision finale sur son envoi",
    )
    assert only("Une décision sera prise à l'automne.").cue.text == "sera prise"


def test_adverb_gap_is_bounded() -> None:
    # four adverbs between auxiliary and participle: no longer one verb group
    assert [c.cue.text for c in find("Ils ont donc ainsi finalement officiellement décidé de partir.")] != [
        "ont donc ainsi finalement officiellement décidé"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # execution of a decision, not a decision: the plain future of an execution verb
        "Quelque 300 instructeurs seront déployées dans le pays.",
        "Quelque 300 instructeurs seront déployés dans le pays.",
        # an agenda, not a pending decision: talking about a threat
        "Les ministres de la Défense doivent discuter de la menace terroriste.",
        "Les ambassadeurs discuteront de la situation sécuritaire.",
        # launching an attack or an appeal is no decision of the Alliance
        "Le groupe a lancé une offensive contre la ville.",
        "Le secrétaire général a lancé un appel au calme.",
    ],
)
def test_false_cues(text: str) -> None:
    assert find(text) == ()


def test_talking_verbs_count_when_they_talk_about_a_matter() -> None:
    found = only("Les ministres doivent discuter de l'extension du mandat.")
    assert (found.cue.text, found.status, found.summary) == (
        "doivent discuter",
        S.UNDER_CONSIDERATION,
        "l'extension du mandat",
    )


@pytest.mark.parametrize(
    ("text", "cue", "status", "summary", "body"),
    [
        # participles set off by commas report a decision taken; the summary is the noun before
        (
            "Le renforcement du dispositif, décidé lors de la réunion de Londres, prendra effet en mars.",
            "décidé",
            S.TAKEN,
            "Le renforcement du dispositif",
            None,
        ),
        (
            "Le nouveau mandat, entériné vendredi par les Alliés, court jusqu'en 2027.",
            "entériné",
            S.TAKEN,
            "Le nouveau mandat",
            "les Alliés",
        ),
        (
            "La décision de rouvrir le centre de formation a été annoncée lundi à Bruxelles.",
            "a été annoncée",
            S.TAKEN,
            "La décision de rouvrir le centre de formation",
            None,
        ),
        (
            "Les pays membres ont arrêté le principe d'une présence allégée.",
            "ont arrêté le principe",
            S.TAKEN,
            "une présence allégée",
            "Les pays membres",
        ),
        (
            "Les chefs d'État et de gouvernement se sont prononcés en faveur d'un appui prolongé.",
            "se sont prononcés en faveur",
            S.TAKEN,
            "un appui prolongé",
            "Les chefs d'État et de gouvernement",
        ),
        (
            "Les Alliés ont opté pour une réduction graduelle.",
            "ont opté pour",
            S.TAKEN,
            "une réduction graduelle",
            "Les Alliés",
        ),
        (
            "L'Alliance prévoit d'ouvrir un second centre.",
            "prévoit",
            S.PLANNED,
            "ouvrir un second centre",
            "L'Alliance",
        ),
        ("Une décision devrait tomber avant l'été.", "Une décision devrait tomber", S.PLANNED, "Une décision", None),
        (
            "Les ministres de la Défense ont examiné la requête de Bagdad.",
            "ont examiné",
            S.UNDER_CONSIDERATION,
            "la requête de Bagdad",
            "Les ministres de la Défense",
        ),
        (
            "Cette requête a été étudiée par le Conseil de l'Atlantique Nord.",
            "a été étudiée",
            S.UNDER_CONSIDERATION,
            "Cette requête",
            "le Conseil de l'Atlantique Nord",
        ),
        (
            "Les planificateurs planchent sur un mandat élargi.",
            "planchent sur",
            S.UNDER_CONSIDERATION,
            "un mandat élargi",
            None,
        ),
        (
            "Des négociations se poursuivent sur le maintien des instructeurs.",
            "négociations se poursuivent",
            S.UNDER_CONSIDERATION,
            "le maintien des instructeurs",
            None,
        ),
        (
            "Les alliés discutent de l'opportunité d'un redéploiement.",
            "discutent",
            S.UNDER_CONSIDERATION,
            "l'opportunité d'un redéploiement",
            "Les alliés",
        ),
        ("L'Alliance a renoncé à rouvrir la base.", "a renoncé à", S.NOT_TAKEN, "rouvrir la base", "L'Alliance"),
        ("L'OTAN a exclu toute mission de combat.", "a exclu", S.NOT_TAKEN, "toute mission de combat", "L'OTAN"),
        (
            "L'option d'un retrait total a été écartée par les pays alliés.",
            "a été écartée",
            S.NOT_TAKEN,
            "L'option d'un retrait total",
            "les pays alliés",
        ),
        (
            "Les ministres ne sont pas parvenus à un consensus sur le budget.",
            "ne sont pas parvenus à un consensus",
            S.NOT_TAKEN,
            "le budget",
            None,
        ),
        (
            "Les alliés n'ont pas réussi à s'entendre sur la durée du mandat.",
            "n'ont pas réussi à s'entendre",
            S.NOT_TAKEN,
            "la durée du mandat",
            "Les alliés",
        ),
        (
            "Aucun compromis n'a encore été trouvé sur le partage des coûts.",
            "Aucun compromis n'a encore été trouvé",
            S.NOT_TAKEN,
            "le partage des coûts",
            None,
        ),
        (
            "Le sort de la mission de conseil reste en suspens.",
            "reste en suspens",
            S.NOT_TAKEN,
            "Le sort de la mission de conseil",
            None,
        ),
        (
            "Les États membres se sont prononcés contre un élargissement.",
            "se sont prononcés contre",
            S.NOT_TAKEN,
            "un élargissement",
            "Les États membres",
        ),
    ],
)
def test_round3_phrasings(text: str, cue: str, status: DecisionStatus, summary: str, body: str | None) -> None:
    found = only(text)
    assert (found.cue.text, found.status, found.summary, found.body) == (cue, status, summary, body)


@pytest.mark.parametrize(
    "text",
    [
        # reticence is no decision
        "Le porte-parole a décidé de ne pas commenter ces informations.",
        "Un diplomate a refusé de répondre aux questions des journalistes.",
        # ``arrêté`` is also "arrested"; ``décidé à`` is "determined to"
        "Les forces irakiennes ont arrêté deux suspects à Mossoul.",
        "Le ministre, décidé à obtenir des garanties, a rencontré son homologue.",
        # a participle after a comma that is no decision verb
        "La mission, lancée en 2018, compte quelque 500 personnes.",
        # talk that is not a matter, a noun without a verb of taking, a document that plans nothing
        "Les consultations médicales restent en cours dans la ville.",
        "La décision du Parlement a été saluée par Washington.",
        "Le texte prévoit que la mission dure deux ans.",
    ],
)
def test_round3_false_cues(text: str) -> None:
    assert find(text) == ()


def test_no_comment_guard_keeps_real_negative_decisions() -> None:
    found = only("Le gouvernement a décidé de ne pas renouveler la mission.")
    assert (found.cue.text, found.status, found.summary) == ("a décidé", S.TAKEN, "ne pas renouveler la mission")
