import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_iraq import DateBasis, FurnitureKind, PartialDate, Span
from nato_iraq.document import analysis_text, build_document, normalize, sentences

WEB_PAGE = """Rechercher

Dernières Infos

Les Alliés prolongent leur présence à Bagdad

Les Alliés ont prolongé jeudi la présence de leurs conseillers à Bagdad pour une année \
supplémentaire, a indiqué un diplomate.
Le dispositif reste inchangé.

Les Alliés ont prolongé jeudi la présence de leurs conseillers à Bagdad pour une année supplémentaire, a indiqué un...
"""


def kinds(document):
    return [f.kind for f in document.furniture]


def test_header_date_line_is_read_and_marked():
    doc = build_document(" date 2019-11 Le Conseil a tranché lundi.", "x")
    assert doc.date is not None
    assert doc.date.value == PartialDate(2019, 11)
    assert doc.date.basis is DateBasis.HEADER
    assert doc.date.evidence is not None
    assert doc.date.evidence.text == "2019-11"
    assert kinds(doc) == [FurnitureKind.HEADER]
    assert doc.furniture[0].span.text == " date 2019-11 "


def test_web_furniture_is_marked_not_dropped():
    doc = build_document(WEB_PAGE, "page")
    assert doc.text == WEB_PAGE
    found = {(f.kind, f.span.text.split("\n")[0][:20]) for f in doc.furniture}
    assert (FurnitureKind.SEARCH, "Rechercher") in found
    assert (FurnitureKind.NAVIGATION, "Dernières Infos") in found
    teasers = [f for f in doc.furniture if f.kind is FurnitureKind.TEASER]
    assert len(teasers) == 1
    assert teasers[0].span.text.endswith("a indiqué un...")
    assert doc.title is not None
    assert doc.title.text == "Les Alliés prolongent leur présence à Bagdad"


def test_analysis_text_blanks_noise_but_keeps_offsets():
    doc = build_document(WEB_PAGE, "page")
    view = analysis_text(doc)
    assert len(view) == len(doc.text)
    assert "Rechercher" not in view
    assert view.count("ont prolongé jeudi") == 1
    start = view.index("Le dispositif")
    assert doc.text[start : start + 13] == "Le dispositif"


def test_repeated_lead_above_the_article_is_the_teaser():
    lead = "Le Conseil de l'Atlantique Nord a approuvé mardi une extension du mandat de la mission."
    doc = build_document(f" date 2022-03 {lead}\n\nPar Belga\n\n{lead}\n\nLa suite de l'article.\n", "y")
    teasers = [f.span for f in doc.furniture if f.kind is FurnitureKind.TEASER]
    assert len(teasers) == 1
    assert teasers[0].start == len(" date 2022-03 ")
    assert doc.publisher == "Belga"


def test_byline_names_the_publisher():
    doc = build_document("Par Belga (revue de presse : La Libre – 2 mars 2022)*\n\nTexte de l'article ici.\n", "z")
    assert FurnitureKind.BYLINE in kinds(doc)
    assert doc.publisher == "Belga"


def test_crlf_and_bom_are_normalised_before_offsets_are_taken():
    doc = build_document("\ufeffTitre court\r\nPremier paragraphe du texte.\r\n", "w")
    assert doc.text == "Titre court\nPremier paragraphe du texte.\n"
    assert doc.title is not None
    assert doc.title.text == "Titre court"


def test_normalize_is_one_to_one():
    text = "l\u2019OTAN\u00a0: 4\u202f000 non\u2011combattants « ok »"
    folded = normalize(text)
    assert folded == "l'OTAN : 4 000 non-combattants « ok »"
    assert len(folded) == len(text)


@given(st.text())
def test_normalize_keeps_length(text):
    assert len(normalize(text)) == len(text)


def test_span_checks_its_text():
    with pytest.raises(ValueError, match="cover 3"):
        Span("d", 0, 3, "ab")
    with pytest.raises(ValueError, match="bad offsets"):
        Span("d", 4, 2, "")


def test_document_span_slices_the_text():
    doc = build_document("Un texte d'essai.", "d")
    span = doc.span(3, 8)
    assert span.text == "texte"
    with pytest.raises(ValueError, match="outside"):
        doc.span(3, 99)


def test_document_refuses_a_span_from_another_text():
    doc = build_document("Un texte d'essai.", "d")
    import attrs

    with pytest.raises(ValueError, match="does not match"):
        attrs.evolve(doc, title=Span("d", 0, 2, "XX"))


def test_sentences_respect_abbreviations_and_lines():
    text = "M. Dupont est arrivé. Il a parlé le 16 déc. 2004 à Bagdad.\nNouveau paragraphe"
    found = [text[s:e] for s, e in sentences(text)]
    assert found == ["M. Dupont est arrivé.", "Il a parlé le 16 déc. 2004 à Bagdad.", "Nouveau paragraphe"]


@given(st.text(alphabet=st.sampled_from("ab .\n«»\"'MDr?!"), max_size=80))
def test_build_document_never_breaks_the_span_invariant(text):
    doc = build_document(text, "fuzz")
    for furniture in doc.furniture:
        assert doc.text[furniture.span.start : furniture.span.end] == furniture.span.text
    for start, end in sentences(doc.text):
        assert 0 <= start < end <= len(doc.text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Les ministres de la Défense ont décidé jeudi d'élargir la mission, a dit le porte-parole.", "fr"),
        ("NATO defence ministers agreed on Thursday to expand the mission in Iraq, the spokesman said.", "en"),
        ("Die Verteidigungsminister der Allianz haben am Donnerstag die Mission im Irak nicht verlängert.", "de"),
        ("Los ministros de la alianza decidieron ampliar la misión en Irak con más asesores para el ejército.", "es"),
        ("4 000 - 2021 - OTAN", "und"),
    ],
)
def test_language_detection(text, code):
    from nato_iraq.document import detect_language

    assert detect_language(text) == code


def test_a_text_too_short_to_tell_is_read_as_french():
    assert build_document("OTAN : 4 000.", "x").language == "fr"
    assert build_document("NATO agreed on the plan, and the ministers said it was done.", "y").language == "en"
    assert build_document("Texte quelconque", "z", language="en").language == "en"


def test_wire_dateline_names_the_agency_and_is_marked():
    doc = build_document("BAGDAD, 3 mars 2019 (Reuters) - Les formateurs sont arrivés lundi.\n", "r")
    (byline,) = [f for f in doc.furniture if f.kind is FurnitureKind.DATELINE]
    assert byline.span.text == "BAGDAD, 3 mars 2019 (Reuters) -"
    assert doc.publisher == "Reuters"


def test_copyright_line_is_a_source_and_a_journalist_is_not_a_publisher():
    doc = build_document("Par Marie Dupont\n\nLe texte de l'article est ici, assez long.\n\n© AFP\n", "a")
    assert doc.publisher == "AFP"
    assert [f.kind for f in doc.furniture] == [FurnitureKind.BYLINE, FurnitureKind.SOURCE]
    assert build_document("Par Marie Dupont\n\nLe texte de l'article.\n", "b").publisher is None


def test_update_stamp_and_read_also_are_furniture_not_title():
    text = (
        "Publié le 12/10/2022 à 14h05\nLire aussi : L'Otan prolonge sa mission\n"
        "Les Alliés renforcent Bagdad\nLe corps du texte suit ici.\n"
    )
    doc = build_document(text, "w")
    kinds = {f.span.text.split()[0]: f.kind for f in doc.furniture}
    assert kinds == {"Publié": FurnitureKind.BYLINE, "Lire": FurnitureKind.NAVIGATION}
    assert doc.title is not None
    assert doc.title.text == "Les Alliés renforcent Bagdad"


def test_english_wire_layout():
    text = (
        "NATO to expand Iraq training mission\n"
        "By Jane Doe\n"
        "BRUSSELS, Feb 18 (Reuters) - NATO defence ministers agreed on Thursday to expand the mission.\n"
        "(Reporting by Jane Doe; Editing by John Smith)\n"
    )
    doc = build_document(text, "en")
    assert doc.language == "en"
    assert [f.kind for f in doc.furniture] == [FurnitureKind.BYLINE, FurnitureKind.DATELINE, FurnitureKind.SOURCE]
    assert doc.publisher == "Reuters"
    assert doc.title is not None
    assert doc.title.text == "NATO to expand Iraq training mission"


def test_run_on_sentences_are_bounded():
    from nato_iraq.document import MAX_SENTENCE

    text = "les ministres ont décidé de renforcer la mission " * 400
    found = sentences(text)
    assert len(found) > 1
    assert all(end - start <= MAX_SENTENCE for start, end in found)
    assert found[0][0] == 0
    assert found[-1][1] == len(text.rstrip())
