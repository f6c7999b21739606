"""Golden tests for each bundled seed, written by reading the articles.

Each test states what a careful reader takes from the text: people and roles, missions,
decisions with status and date, personnel figures with their approximation, quotes with their
speaker, time expressions with their value. They go through the public API only.
"""

import pytest

import nato_iraq
from nato_iraq import Approximation, DateBasis, DecisionStatus, FigureRole, FurnitureKind

D000 = "000_10b4db1c05e12c01"
D001 = "001_8dfae67cc8156276"
D002 = "002_c6e45a05788152ff"
D003 = "003_7f15cc14b7c1e000"
D004 = "004_960776fe3e0822ad"


@pytest.fixture(scope="module")
def corpus() -> nato_iraq.Corpus:
    return nato_iraq.load()


def times(corpus, doc_id):
    return {
        t.span.text: (t.value.iso() if t.value else None)
        for t in corpus.temporal_expressions
        if t.span.doc_id == doc_id
    }


def decisions(corpus, doc_id):
    return [
        (d.status, d.cue.text if d.cue else None, d.date.iso() if d.date else None, d.mission_id)
        for d in corpus.decisions
        if d.evidence[0].doc_id == doc_id
    ]


def quotes(corpus, doc_id):
    return [(q.text[:30], q.speaker_id, q.speaker) for q in corpus.quotes if q.span.doc_id == doc_id]


def people(corpus, doc_id):
    return {o.name for o in corpus.officials if doc_id in o.documents}


def roles(official):
    return {(r.title, r.organisation, r.country) for r in official.roles}


def missions(corpus, doc_id):
    return {m.id for m in corpus.missions if any(s.doc_id == doc_id for s in m.evidence)}


def test_the_corpus_holds_five_documents_and_merges_people_across_them(corpus):
    assert [d.id for d in corpus.documents] == [D000, D001, D002, D003, D004]
    assert sorted(o.name for o in corpus.officials) == [
        "Haïdar al-Abadi",
        "James Mattis",
        "Jens Stoltenberg",
        "Moustafa al-Kazimi",
        "Pierfranco Tria",
    ]
    assert corpus.lookup_official("Stoltenberg").documents == (D000, D001, D003)
    assert corpus.lookup_official("Haider al-Abadi").documents == (D000, D001)
    for span in [s for o in corpus.officials for s in o.evidence] + [q.span for q in corpus.quotes]:
        assert corpus.document(span.doc_id).text[span.start : span.end] == span.text


def test_000_nato_press_release_2014(corpus):
    doc = corpus.document(D000)
    assert doc.date is not None
    assert (doc.date.value.iso(), doc.date.basis) == ("2014-12-03", DateBasis.DATELINE)
    assert doc.title is not None
    assert doc.title.text.startswith("L’OTAN réaffirme son partenariat")
    assert people(corpus, D000) == {"Jens Stoltenberg", "Haïdar al-Abadi"}
    assert ("secrétaire général", "NATO", None) in roles(corpus.lookup_official("Jens Stoltenberg"))
    abadi = corpus.lookup_official("al-Abadi")
    assert ("premier ministre", None, "Iraq") in roles(abadi)
    assert {"M. Haïdar al-Abadi", "M. al-Abadi"} <= set(abadi.surface_forms)
    assert times(corpus, D000) == {"Ce mercredi": "2014-12-03", "3 décembre 2014": "2014-12-03", "septembre": "2014-09"}
    found = decisions(corpus, D000)
    statuses = [status for status, *_ in found]
    assert statuses.count(DecisionStatus.UNDER_CONSIDERATION) == 2  # "examinera" (title), "réfléchira à"
    assert (DecisionStatus.TAKEN, "ont décidé", "2014-09", None) in found  # allies at the Wales summit in September
    assert any(s is DecisionStatus.PLANNED and c == "sera examinée" for s, c, _, _ in found)
    assert any(m == "dcb-iraq" for *_, m in found)  # help "dans le cadre de l'initiative ... de défense"
    assert {"dcb-iraq", "coalition"} <= missions(corpus, D000)
    assert quotes(corpus, D000) == []  # « État islamique en Iraq et au Levant » is a name, not a quote
    assert [f for f in corpus.figures if f.span.doc_id == D000] == []


def test_001_scraped_wire_copy_without_a_date(corpus):
    doc = corpus.document(D001)
    kinds = [f.kind for f in doc.furniture]
    assert kinds.count(FurnitureKind.SEARCH) == 2
    assert FurnitureKind.NAVIGATION in kinds
    assert FurnitureKind.TEASER in kinds
    # no date is stated: it is inferred from the offices held by the people it names
    assert doc.date is not None
    assert doc.date.basis is DateBasis.INFERRED
    assert doc.date.value.iso() == "[2017-01-20..2018-10-25]"
    # so weekdays and relative expressions cannot be anchored to a day, and are not
    assert times(corpus, D001) == dict.fromkeys(
        ["mardi", "le mois dernier", "jeudi", "juillet", "l'an passé", "cette semaine"]
    )
    assert people(corpus, D001) == {"Jens Stoltenberg", "James Mattis", "Haïdar al-Abadi"}
    assert ("secrétaire à la défense", None, "United States") in roles(corpus.lookup_official("Mattis"))
    assert quotes(corpus, D001) == [("Nous devons gagner la paix. Il", "jens-stoltenberg", "Jens Stoltenberg")]
    found = decisions(corpus, D001)
    assert sorted(s.value for s, *_ in found) == ["planned", "planned", "planned", "under_consideration"]
    assert {m for *_, m in found} == {"nmi"}  # the mission planned in 2018 is NATO Mission Iraq
    # the teaser repeating the lead is not read twice
    assert len([a for a in corpus.announcements if a.doc_id == D001]) == 3


def test_002_belga_press_review_2023(corpus):
    doc = corpus.document(D002)
    assert doc.publisher == "Belga"
    assert doc.date is not None
    assert (doc.date.value.iso(), doc.date.basis) == ("2023-08-17", DateBasis.BYLINE)
    assert [f.kind for f in doc.furniture] == [
        FurnitureKind.HEADER,
        FurnitureKind.TEASER,
        FurnitureKind.BYLINE,
        FurnitureKind.SOURCE,
    ]
    assert people(corpus, D002) == set()
    assert times(corpus, D002)["jeudi"] == "2023-08-17"
    assert times(corpus, D002)["Depuis 2018"] == "2018"
    # a quoted fragment that a clause attributes is a (partial) quote; "non-combattante" alone is not
    assert quotes(corpus, D002) == [
        ("d’une demande des autorités ir", None, "l’Alliance atlantique"),
        ("La NMI remplira ce rôle en com", None, "l’Otan"),
    ]
    (taken,) = [d for d in corpus.decisions if d.evidence[0].doc_id == D002]
    assert taken.status is DecisionStatus.TAKEN
    assert taken.body == "le Conseil de l'Atlantique Nord"
    assert taken.mission_id == "nmi"  # "La décision" refers to the extension the sentence before reports
    assert taken.date is not None
    assert taken.date.iso() == "2023-08-17"
    nmi = corpus.lookup_mission("NMI")
    scope = [(s.added, s.institutions) for s in nmi.scope if s.evidence.doc_id == D002]
    assert (
        False,
        (
            "ministère de la Défense",
            "Bureau du conseiller à la sécurité nationale",
            "Centre national d'opérations du Premier ministre",
        ),
    ) in scope
    assert (True, ("ministère de l'Intérieur", "commandement de la police fédérale")) in scope
    assert [f for f in corpus.figures if f.span.doc_id == D002] == []  # "31 pays membres" counts countries


def test_003_afp_2021_expansion(corpus):
    doc = corpus.document(D003)
    assert doc.date is not None
    assert (doc.date.value.iso(), doc.date.basis) == ("2021-02", DateBasis.HEADER)
    assert people(corpus, D003) == {"Jens Stoltenberg", "Moustafa al-Kazimi"}
    assert ("premier ministre", None, "Iraq") in roles(corpus.lookup_official("Mustafa al-Kadhimi"))
    found = times(corpus, D003)
    assert found["jeudi"] == "[2021-02-04..2021-02-25]"  # a Thursday of a month-dated text
    assert found["l’an dernier"] == "2020"
    assert found["mi-2022"] == "[2022-05..2022-08]"
    assert found["1er mai prochain"] == "2021-05-01"
    assert found["février 2020"] == "2020-02"
    assert found["11 septembre 2001"] == "2001-09-11"
    figures = [
        (f.span.text, f.value, f.approximation, f.role, f.mission_id) for f in corpus.figures if f.span.doc_id == D003
    ]
    assert figures == [
        ("environ 500 personnes", 500, Approximation.APPROXIMATE, FigureRole.FROM, "nmi"),
        ("4 000", 4000, Approximation.EXACT, FigureRole.TO, "nmi"),
        ("500", 500, Approximation.EXACT, FigureRole.FROM, "nmi"),
        ("environ 4 000 personnes", 4000, Approximation.APPROXIMATE, FigureRole.TO, "nmi"),
        ("quelque 10 000 militaires", 10000, Approximation.APPROXIMATE, FigureRole.LEVEL, "resolute-support"),
        ("environ 2 500 Américains", 2500, Approximation.APPROXIMATE, FigureRole.LEVEL, "resolute-support"),
        ("quelque 90 Belges", 90, Approximation.APPROXIMATE, FigureRole.LEVEL, "resolute-support"),
    ]
    # contingents ("dont ... Américains") are not the mission's size
    assert [r.value for r in corpus.strength_of("Resolute Support")] == [10000]
    said = quotes(corpus, D003)
    # seven quotes plus two attributed fragments ("à la demande du gouvernement irakien", "liée aux
    # conditions"); the single words "cruciale" and "bonne foi" are not quotes
    assert len(said) == 9
    assert not any(text.startswith(("cruciale", "bonne foi")) for text, _, _ in said)
    assert {speaker for _, speaker, _ in said} == {"jens-stoltenberg"}
    found_decisions = decisions(corpus, D003)
    assert sorted(s.value for s, *_ in found_decisions) == ["not_taken", "not_taken", "planned", "taken", "taken"]
    assert all(m == "nmi" for s, _, _, m in found_decisions if s is DecisionStatus.TAKEN)
    assert all(m is None for s, _, _, m in found_decisions if s is DecisionStatus.NOT_TAKEN)  # Afghanistan
    assert {"nmi", "resolute-support", "coalition"} <= missions(corpus, D003)


def test_004_nato_press_release_2017(corpus):
    doc = corpus.document(D004)
    assert doc.date is not None
    assert (doc.date.value.iso(), doc.date.basis) == ("2017-08-03", DateBasis.INFERRED)
    tria = corpus.lookup_official("Tria")
    assert tria.name == "Pierfranco Tria"
    assert roles(tria) == {("général de brigade", None, None), ("haut responsable militaire", "NATO", None)}
    assert times(corpus, D004)["du 31 juillet au 3 août 2017"] == "2017-07-31/2017-08-03"
    assert times(corpus, D004)["janvier 2017"] == "2017-01"
    figures = [(f.span.text, f.value, f.approximation) for f in corpus.figures if f.span.doc_id == D004]
    assert figures == [("plus de cinquante représentants", 50, Approximation.AT_LEAST)]
    assert quotes(corpus, D004) == [
        ("Ce dont l'Iraq a le plus besoi", None, "l'un des participants du Service de contre-terrorisme"),
        ("Les ministères civils ont fait", "pierfranco-tria", "le général de brigade Pierfranco Tria"),
    ]
    assert decisions(corpus, D004) == []


def test_how_the_mission_changed(corpus):
    nmi = corpus.lookup_mission("mission de formation de l’Otan en Irak")
    assert nmi.id == "nmi"
    sizes = [(r.role, r.value) for r in corpus.strength_of(nmi)]
    assert sizes[:2] == [(FigureRole.FROM, 500), (FigureRole.TO, 4000)]
    years = [e.date.earliest().year for e in corpus.timeline()]
    assert years == sorted(years)
    assert min(years) == 2014
    assert max(years) == 2023


def test_offices_are_language_neutral_keys(corpus):
    assert [o.name for o in corpus.holders_of("iraq-prime-minister")] == ["Haïdar al-Abadi", "Moustafa al-Kazimi"]
    assert [o.name for o in corpus.holders_of("nato-secretary-general")] == ["Jens Stoltenberg"]
    assert corpus.holders_of("no-such-office") == ()
