"""Direct quotes, their attribution, and reporting clauses (sentences written for these tests)."""

import pytest
from _invariants import check_quotes
from hypothesis import given
from hypothesis import strategies as st

from nato_iraq.document import build_document
from nato_iraq.extract import quotes
from nato_iraq.extract.mentions import QuoteMention, ReportMention


def _quotes(text: str) -> tuple[QuoteMention, ...]:
    return quotes.find(build_document(text, "t"))


def _reports(text: str) -> tuple[ReportMention, ...]:
    return quotes.find_reports(build_document(text, "t"))


def _summary(quote: QuoteMention) -> tuple[str, str | None, str | None, bool]:
    return (
        quote.span.text,
        quote.cue.text if quote.cue else None,
        quote.speaker_span.text if quote.speaker_span else None,
        quote.pronoun,
    )


# --- marks --------------------------------------------------------------------------------------

INNER = "Nous allons renforcer notre présence auprès des forces irakiennes"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("« ", " »"), ("«\u00a0", "\u00a0»"), ("«", "»"), ("“", "”"), ('"', '"'), ("\u2018", "\u2019")],
)
def test_every_mark_style(opening: str, closing: str) -> None:
    (quote,) = _quotes(f"{opening}{INNER}{closing}, a déclaré Jens Stoltenberg à Bruxelles.")
    assert _summary(quote) == (INNER, "a déclaré", "Jens Stoltenberg", False)
    assert quote.marked.text == f"{opening}{INNER}{closing}"


def test_apostrophes_inside_single_quotes() -> None:
    (quote,) = _quotes("\u2018L\u2019Alliance restera aux côtés de l\u2019Irak\u2019, a affirmé l\u2019Otan.")
    assert quote.span.text == "L\u2019Alliance restera aux côtés de l\u2019Irak"
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "l\u2019Otan"


def test_quote_over_paragraphs_with_continuation_marks() -> None:
    text = (
        "« Les formateurs arriveront au printemps.\n"
        "« Ils resteront le temps qu'il faudra pour achever la tâche.\n"
        "» Nous ne partirons pas avant », a expliqué le ministre belge de la Défense."
    )
    (quote,) = _quotes(text)
    assert quote.span.text.startswith("Les formateurs arriveront")
    assert quote.span.text.endswith("Nous ne partirons pas avant")
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "le ministre belge de la Défense"


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "Le colonel a conclu : « Nous avons formé plus de mille soldats cette année\nLa suite est prévue."
    (quote,) = _quotes(text)
    assert quote.span.text == "Nous avons formé plus de mille soldats cette année"
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "Le colonel"


# --- what is not a quote ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Il a dénoncé le prétendu « Califat islamique du Levant et de Mésopotamie » dans son discours.",
        'Le rapport parle de "décisive" réunion et de "confiance mutuelle".',
        "La coalition (la «Global Coalition Against Daesh») soutient la mission «non-combattante».",
        "La décision fait suite «à une requête du gouvernement fédéral» transmise en mai.",
        "Une opération baptisée « Tempête du désert sur le Golfe et le Koweït » a commencé.",
        "Les formateurs travaillent pour le ministère « dans un esprit de confiance ».",
        # a label far from the only reporting verb of its sentence is the reporter's word
        "Le ministre a annoncé l'envoi de troupes au terme d'une longue négociation avec les "
        "autorités locales et les partenaires régionaux, une mission annoncée comme « historique ».",
    ],
)
def test_names_and_unattributed_fragments_are_not_quotes(text: str) -> None:
    assert _quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "inner", "cue", "speaker"),
    [
        (
            "La décision fait suite «à une requête du gouvernement fédéral», a indiqué l'Alliance.",
            "à une requête du gouvernement fédéral",
            "a indiqué",
            "l'Alliance",
        ),
        (
            "Une décision viendra « en temps utile », a précisé M. Vandeweyer.",
            "en temps utile",
            "a précisé",
            "M. Vandeweyer",
        ),
        (
            "Le ministre a rappelé que la présence belge restait « conditionnelle ».",
            "conditionnelle",
            "a rappelé",
            "Le ministre",
        ),
    ],
)
def test_attributed_fragments_are_quotes(text: str, inner: str, cue: str, speaker: str) -> None:
    (quote,) = _quotes(text)
    assert _summary(quote) == (inner, cue, speaker, False)


def test_four_content_words_make_a_quote() -> None:
    (quote,) = _quotes('Les effectifs concerneront "davantage de bases aériennes du nord", a-t-il ajouté.')
    assert _summary(quote) == ("davantage de bases aériennes du nord", "a-t-il ajouté", "il", True)


# --- attribution --------------------------------------------------------------------------------


def test_attribution_after_with_time_word_and_title_and_name() -> None:
    text = "« La mission passera à 4 000 personnes », a annoncé mardi la porte-parole de l'OTAN, Oana Lungescu."
    (quote,) = _quotes(text)
    assert _summary(quote) == (
        "La mission passera à 4 000 personnes",
        "a annoncé",
        "la porte-parole de l'OTAN, Oana Lungescu",
        False,
    )


def test_attribution_after_rank_and_name_stops_at_apposition() -> None:
    text = (
        "« Les stagiaires ont montré un grand sens des responsabilités », a indiqué le colonel Marco Bianchi, "
        "chef de l'équipe de formation."
    )
    (quote,) = _quotes(text)
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "le colonel Marco Bianchi"


def test_attribution_after_honorific_stops_at_adjunct() -> None:
    (quote,) = _quotes('"Rien n\'est encore décidé sur ce point.", a encore affirmé M. Rasmussen lors du sommet.')
    assert _summary(quote) == ("Rien n'est encore décidé sur ce point.", "a encore affirmé", "M. Rasmussen", False)


def test_attribution_after_text_between_quote_and_clause() -> None:
    text = (
        '"Nous travaillons très étroitement avec tous nos partenaires" du Golfe et de la région, a ajouté M. Rasmussen.'
    )
    (quote,) = _quotes(text)
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "M. Rasmussen"


def test_consecutive_quotes_share_the_clause() -> None:
    text = (
        'Ils formeront "plusieurs centaines de nouveaux officiers", '
        '"dans toutes les grandes provinces du pays", a-t-elle dit.'
    )
    first, second = _quotes(text)
    assert _summary(first) == ("plusieurs centaines de nouveaux officiers", "a-t-elle dit", "elle", True)
    assert _summary(second) == ("dans toutes les grandes provinces du pays", "a-t-elle dit", "elle", True)


def test_attribution_before_with_colon() -> None:
    (quote,) = _quotes("M. Hussein a déclaré : « Nous ne laisserons pas le terrorisme revenir. »")
    assert _summary(quote) == ("Nous ne laisserons pas le terrorisme revenir.", "a déclaré", "M. Hussein", False)


def test_attribution_before_with_comme() -> None:
    text = "Comme l'a rappelé un officier du ministère de l'Intérieur, « La formation change tout pour nous. »"
    (quote,) = _quotes(text)
    assert quote.cue is not None
    assert quote.cue.text == "a rappelé"
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "un officier du ministère de l'Intérieur"


def test_attribution_before_with_selon() -> None:
    (quote,) = _quotes("Selon M. Rasmussen, « l'Alliance ne restera pas les bras croisés face au terrorisme ».")
    assert _summary(quote)[1:] == ("Selon", "M. Rasmussen", False)


def test_attribution_before_with_pronoun_subject() -> None:
    (quote,) = _quotes('Elle a rappelé que la mission restait "entièrement tournée vers la formation des cadres".')
    assert _summary(quote) == ("entièrement tournée vers la formation des cadres", "a rappelé", "Elle", True)


def test_quote_without_attribution() -> None:
    (quote,) = _quotes("« Nous sommes prêts à agir. »")
    assert (quote.cue, quote.speaker_span, quote.pronoun) == (None, None, False)


# --- verbs that quote their object -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inner", "cue", "speaker", "pronoun"),
    [
        (
            "Le ministre danois de la Défense a salué « un engagement exemplaire des instructeurs ».",
            "un engagement exemplaire des instructeurs",
            "a salué",
            "Le ministre danois de la Défense",
            False,
        ),
        (
            "La ministre néerlandaise a qualifié de « prématurée » toute annonce de retrait.",
            "prématurée",
            "a qualifié",
            "La ministre néerlandaise",
            False,
        ),
        (
            "Le chef d'état-major a évoqué « une étape décisive » pour l'armée irakienne.",
            "une étape décisive",
            "a évoqué",
            "Le chef d'état-major",
            False,
        ),
        (
            "Le porte-parole du gouvernement a dénoncé « des attaques inacceptables » contre la base.",
            "des attaques inacceptables",
            "a dénoncé",
            "Le porte-parole du gouvernement",
            False,
        ),
        (
            "Le général a estimé que « rien ne justifie un départ précipité ».",
            "rien ne justifie un départ précipité",
            "a estimé",
            "Le général",
            False,
        ),
        (
            "Le président irakien a jugé cette décision « regrettable ».",
            "regrettable",
            "a jugé",
            "Le président irakien",
            False,
        ),
        ("Il a salué l'« engagement constant » des alliés.", "engagement constant", "a salué", "Il", True),
        (
            "Le chef de la diplomatie turque, Hakan Demir, qui participait à la réunion, a salué une « avancée "
            "importante ».",
            "avancée importante",
            "a salué",
            "Hakan Demir",
            False,
        ),
        (
            "Le ministère des Affaires étrangères s'est félicité d'un « pas dans la bonne direction ».",
            "pas dans la bonne direction",
            "s'est félicité",
            "Le ministère des Affaires étrangères",
            False,
        ),
    ],
)
def test_verb_before_the_quote_attributes_it(text: str, inner: str, cue: str, speaker: str, pronoun: bool) -> None:
    (quote,) = _quotes(text)
    assert _summary(quote) == (inner, cue, speaker, pronoun)


def test_verb_that_quotes_is_not_a_report_on_its_own() -> None:
    assert _reports("Le ministre a salué l'accord conclu avec Bagdad.") == ()
    assert _reports("La demande irakienne sera examinée en juin.") == ()


def test_selon_and_pour_anywhere_in_the_sentence() -> None:
    (quote,) = _quotes(
        "La mission sera prolongée et, selon le porte-parole de l'Alliance, « aucun retrait n'est prévu avant l'été »."
    )
    assert _summary(quote)[1:] == ("selon", "le porte-parole de l'Alliance", False)
    (quote,) = _quotes("Le calendrier reste flou mais, pour le colonel Anne Lefèvre, « il faudra au moins deux ans ».")
    assert _summary(quote)[1:] == ("pour", "le colonel Anne Lefèvre", False)
    (quote,) = _quotes("« Les conditions ne sont pas réunies », selon un diplomate européen.")
    assert _summary(quote) == ("Les conditions ne sont pas réunies", "selon", "un diplomate européen", False)


# --- continued statements ---------------------------------------------------------------------


def test_quote_continues_the_statement_in_the_same_paragraph() -> None:
    text = (
        "« Nous avons achevé la première phase », a déclaré le commandant de la mission, le général Piet "
        "Jansen. « La suivante commencera en septembre. »"
    )
    first, second = _quotes(text)
    speaker = "le commandant de la mission, le général Piet Jansen"
    assert _summary(first) == ("Nous avons achevé la première phase", "a déclaré", speaker, False)
    assert _summary(second) == ("La suivante commencera en septembre.", "a déclaré", speaker, False)
    assert second.cue == first.cue


def test_quote_continues_the_statement_in_the_next_paragraph() -> None:
    text = (
        "Le ministre a rappelé que la mission restait consultative.\n\n"
        "« Nous ne combattrons pas aux côtés des troupes irakiennes. »"
    )
    (quote,) = _quotes(text)
    assert _summary(quote)[1:] == ("a rappelé", "Le ministre", False)
    text = "« Rien n'est décidé », a-t-elle affirmé.\n« Nous verrons en juin ce que les alliés proposent. »"
    first, second = _quotes(text)
    assert _summary(first)[1:] == _summary(second)[1:] == ("a-t-elle affirmé", "elle", True)


def test_quote_after_an_unrelated_paragraph_stays_unattributed() -> None:
    text = (
        "« Nous avons achevé la première phase », a déclaré M. Jansen.\n\n"
        "La réunion s'est achevée dans la soirée.\n\n"
        "« Les effectifs resteront stables jusqu'à la fin de l'année. »"
    )
    first, second = _quotes(text)
    assert _summary(first)[1:] == ("a déclaré", "M. Jansen", False)
    assert (second.cue, second.speaker_span) == (None, None)


# --- speakers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"La porte reste ouverte à de nouveaux partenaires", a déclaré M. de Hoop Scheffer devant la presse.',
         "M. de Hoop Scheffer"),
        ("« Rien ne presse encore pour nous », a affirmé M. van der Berg.", "M. van der Berg"),
        ("« Rien ne presse encore pour nous », a affirmé le ministre belge, Jan Van den Broeck.",
         "le ministre belge, Jan Van den Broeck"),
    ],
)  # fmt: skip
def test_speaker_names_with_particles(text: str, speaker: str) -> None:
    (quote,) = _quotes(text)
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == speaker


def test_pronoun_after_an_unnamed_speaker() -> None:
    text = "Aucune date n'a été fixée, a précisé un responsable européen. « Rien ne presse », a-t-il ajouté."
    (quote,) = _quotes(text)
    assert _summary(quote) == ("Rien ne presse", "a-t-il ajouté", "il", True)
    assert [_report_summary(r) for r in _reports(text)] == [
        ("a précisé", "un responsable européen", False),
        ("a-t-il ajouté", "il", True),
    ]


# --- reports ------------------------------------------------------------------------------------


def _report_summary(report: ReportMention) -> tuple[str, str | None, bool]:
    return report.cue.text, report.speaker_span.text if report.speaker_span else None, report.pronoun


def test_report_inverted_with_time_word() -> None:
    text = "La mission sera élargie, a annoncé jeudi le secrétaire général de l'Alliance atlantique, Anders Rasmussen."
    (report,) = _reports(text)
    assert _report_summary(report) == (
        "a annoncé",
        "le secrétaire général de l'Alliance atlantique, Anders Rasmussen",
        False,
    )
    assert report.sentence.text == text


def test_report_inverted_title_then_time_word() -> None:
    (report,) = _reports("L'Alliance est prête, a déclaré le secrétaire général de l'OTAN, lundi.")
    assert _report_summary(report) == ("a déclaré", "le secrétaire général de l'OTAN", False)


def test_report_body_with_adjunct() -> None:
    (report,) = _reports("La décision a été prise mardi, a précisé l'Alliance atlantique dans un communiqué.")
    assert _report_summary(report) == ("a précisé", "l'Alliance atlantique", False)


def test_report_subject_before() -> None:
    reports = _reports(
        "L'Otan a annoncé vendredi l'envoi de formateurs. M. Rasmussen a souligné que rien n'était décidé. "
        "Le secrétaire général a indiqué que la mission durerait. Il a ensuite expliqué le calendrier."
    )
    assert [_report_summary(r) for r in reports] == [
        ("a annoncé", "L'Otan", False),
        ("a souligné", "M. Rasmussen", False),
        ("a indiqué", "Le secrétaire général", False),
        ("a ensuite expliqué", "Il", True),
    ]
    assert reports[1].sentence.text == "M. Rasmussen a souligné que rien n'était décidé."


def test_report_subject_with_apposition() -> None:
    (report,) = _reports("Florence Parly, ministre française des Armées, a annoncé l'envoi de formateurs.")
    assert _report_summary(report) == ("a annoncé", "Florence Parly", False)


def test_no_report_without_speaker_or_with_negation() -> None:
    assert _reports("Comme indiqué dans la déclaration, la mission commencera en mai.") == ()
    assert _reports("Le ministre n'a pas précisé le nombre de soldats.") == ()
    assert _reports("L'annonce a surpris les alliés.") == ()


def test_report_subject_governed_by_a_preposition_is_not_the_speaker() -> None:
    text = (
        "Les alliés répondent à une demande du Premier ministre intérimaire Karim Saadi, a annoncé le "
        "porte-parole de l'Alliance."
    )
    (report,) = _reports(text)
    assert _report_summary(report) == ("a annoncé", "le porte-parole de l'Alliance", False)


def test_report_subject_title_then_rank_and_name() -> None:
    (report,) = _reports("Le commandant de la mission, le général Hans Weber, a souligné que rien ne changerait.")
    assert _report_summary(report) == ("a souligné", "le général Hans Weber", False)


def test_report_in_the_title_line_is_not_a_statement() -> None:
    document = build_document(
        "L'OTAN réaffirme son soutien à Bagdad\n\nLe secrétaire général a indiqué que la mission continuerait.", "h"
    )
    assert document.title is not None
    assert [_report_summary(r) for r in quotes.find_reports(document)] == [
        ("a indiqué", "Le secrétaire général", False)
    ]


def test_report_sentence_spans_a_quote_with_stops() -> None:
    text = 'Avant. "Nous resterons. Nous formerons encore.", a dit Jens Stoltenberg. Après.'
    (report,) = _reports(text)
    assert report.sentence.text == '"Nous resterons. Nous formerons encore.", a dit Jens Stoltenberg.'


# --- properties ---------------------------------------------------------------------------------

_MARKS = [("« ", " »"), ("«", "»"), ("“", "”"), ('"', '"'), ("\u2018", "\u2019")]
_SPEAKERS = [
    "Jens Stoltenberg",
    "M. Stoltenberg",
    "le secrétaire général",
    "le général de brigade Pierfranco Tria",
    "l'Otan",
    "la porte-parole de l'Alliance",
    "Mme Lungescu",
]
_VERBS = ["a dit", "a déclaré", "a ajouté", "a précisé", "a souligné", "a encore affirmé", "a poursuivi"]
_WORDS = st.sampled_from(
    [
        "mission",
        "formation",
        "forces",
        "irakiennes",
        "conseil",
        "sécurité",
        "partenaires",
        "région",
        "devons",
        "continuer",
        "soutenir",
        "pays",
        "armée",
        "institutions",
        "renforcer",
        "stabilité",
        "alliés",
    ]
)


@given(
    mark=st.sampled_from(_MARKS),
    words=st.lists(_WORDS, min_size=4, max_size=14),
    verb=st.sampled_from(_VERBS),
    speaker=st.sampled_from(_SPEAKERS),
    stop=st.sampled_from(["", "."]),
)
def test_quote_property(mark: tuple[str, str], words: list[str], verb: str, speaker: str, stop: str) -> None:
    inner = " ".join(words).capitalize() + stop
    text = f"Mardi. {mark[0]}{inner}{mark[1]}, {verb} {speaker}. Fin."
    document = build_document(text, "q")
    check_quotes(document)
    (quote,) = quotes.find(document)
    assert _summary(quote) == (inner, verb, speaker, False)


_QUOTE_VERBS = ["a salué", "a évoqué", "a dénoncé", "a jugé", "a qualifié de", "a encore salué", "avait évoqué"]
_SUBJECTS = [
    "Le ministre irakien de la Défense",
    "M. Stoltenberg",
    "Jens Stoltenberg",
    "La porte-parole de l'OTAN",
    "Le secrétaire général, M. Stoltenberg,",
]


@given(
    subject=st.sampled_from(_SUBJECTS),
    verb=st.sampled_from(_QUOTE_VERBS),
    words=st.lists(_WORDS, min_size=1, max_size=6),
    mark=st.sampled_from(_MARKS),
    continued=st.booleans(),
)
def test_quoting_verb_property(
    subject: str, verb: str, words: list[str], mark: tuple[str, str], continued: bool
) -> None:
    inner = " ".join(words)
    text = f"Mardi. {subject} {verb} {mark[0]}{inner}{mark[1]}."
    if continued:
        text += f"\n{mark[0]}Nous resterons aux côtés de nos partenaires.{mark[1]}"
    document = build_document(text, "v")
    check_quotes(document)
    found = quotes.find(document)
    assert len(found) == 1 + continued
    speaker = subject.rstrip(",")
    cue = verb.removesuffix(" de")
    assert _summary(found[0]) == (inner, cue, speaker, False)
    if continued:
        assert _summary(found[1])[1:] == (cue, speaker, False)
    assert quotes.find_reports(document) == ()


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    check_quotes(build_document(text, "x"))


_PIECES = st.sampled_from(
    [
        "«",
        "»",
        '"',
        "“",
        "”",
        "\u2018",
        "\u2019",
        "l\u2019Otan",
        "a dit",
        "a-t-il affirmé",
        ",",
        ".",
        "\n",
        "M.",
        "Jens Stoltenberg",
        "le secrétaire général",
        "Nous devons gagner la paix",
        "selon",
        "Comme l'a souligné",
    ]
)


@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_genre_like_text_keeps_invariants(text: str) -> None:
    check_quotes(build_document(text, "y"))
