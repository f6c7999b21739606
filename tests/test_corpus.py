"""Corpus building: merging across texts, lookups, questions. Built from hand-made facts."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_iraq import (
    Announcement,
    Approximation,
    Corpus,
    Decision,
    DecisionStatus,
    Document,
    FigureRole,
    Mission,
    NotFoundError,
    Official,
    PartialDate,
    Quote,
    Role,
    StrengthReport,
)

A = Document(id="a", text="Le Premier ministre irakien Moustafa al-Kazimi a reçu M. Stoltenberg.")
B = Document(id="b", text="Mustafa al-Kadhimi et Jens Stoltenberg ont parlé. Stoltenberg a dit « nous restons ».")


def span(doc, words):
    start = doc.text.index(words)
    return doc.span(start, start + len(words))


def official(doc, name, *, role=None, form=None):
    role_obj = () if role is None else (Role(title=role, country="Iraq"),)
    return Official(
        id=f"{doc.id}/{name}", name=name, surface_forms=(form or name,), roles=role_obj, evidence=(span(doc, name),)
    )


def build(*docs_and_officials):
    return Corpus.build(documents=[A, B], officials=list(docs_and_officials))


def test_same_person_across_texts_and_transliterations_is_one_official():
    corpus = build(
        official(A, "Moustafa al-Kazimi", role="Premier ministre"),
        official(A, "Stoltenberg", form="M. Stoltenberg"),
        official(B, "Mustafa al-Kadhimi"),
        official(B, "Jens Stoltenberg"),
    )
    assert sorted(o.name for o in corpus.officials) == ["Jens Stoltenberg", "Moustafa al-Kazimi"]
    stoltenberg = corpus.lookup_official("stoltenberg")
    assert set(stoltenberg.surface_forms) == {"M. Stoltenberg", "Jens Stoltenberg", "Stoltenberg"}
    assert stoltenberg.documents == ("a", "b")
    kazimi = corpus.lookup_official("Mustafa Al-Kadhimi")
    assert kazimi.roles[0].title == "Premier ministre"


def test_merge_does_not_depend_on_order():
    facts = [
        official(A, "Moustafa al-Kazimi"),
        official(A, "Stoltenberg"),
        official(B, "Mustafa al-Kadhimi"),
        official(B, "Jens Stoltenberg"),
    ]
    assert build(*facts) == build(*reversed(facts))


def test_surname_shared_by_two_people_is_not_merged():
    doc = Document(id="c", text="Jens Stoltenberg et Erna Stoltenberg, puis M. Stoltenberg.")
    corpus = Corpus.build(
        documents=[doc],
        officials=[official(doc, "Jens Stoltenberg"), official(doc, "Erna Stoltenberg"), official(doc, "Stoltenberg")],
    )
    assert len(corpus.officials) == 3
    assert corpus.lookup_official("Stoltenberg").name == "Stoltenberg"  # an exact name wins
    assert {o.name for o in corpus.search_officials("Stoltenberg")} == {
        "Jens Stoltenberg",
        "Erna Stoltenberg",
        "Stoltenberg",
    }


def test_ambiguous_name_raises_and_get_returns_the_default():
    doc = Document(id="c", text="Jens Stoltenberg et Erna Stoltenberg.")
    corpus = Corpus.build(
        documents=[doc], officials=[official(doc, "Jens Stoltenberg"), official(doc, "Erna Stoltenberg")]
    )
    with pytest.raises(NotFoundError, match="2 officials match"):
        corpus.lookup_official("Stoltenberg")
    assert corpus.get_official("Stoltenberg") is None
    assert corpus.get_official("Stoltenberg", "none") == "none"
    assert corpus.search_officials("Erna")[0].name == "Erna Stoltenberg"


def test_lookups_ignore_accents_and_case():
    doc = Document(id="d", text="Haïdar al-Abadi")
    corpus = Corpus.build(documents=[doc], officials=[official(doc, "Haïdar al-Abadi")])
    assert corpus.lookup_official("HAIDAR AL ABADI").name == "Haïdar al-Abadi"
    assert corpus.lookup_official("Haider al-Abadi").name == "Haïdar al-Abadi"
    with pytest.raises(NotFoundError, match="no official"):
        corpus.lookup_official("Mattis")
    with pytest.raises(LookupError):
        corpus.lookup_official("Mattis")
    assert corpus.search("abadi")[0].name == "Haïdar al-Abadi"
    assert corpus.search("zzzz") == []


def test_references_follow_merged_ids():
    quote_span = span(B, "nous restons")
    corpus = Corpus.build(
        documents=[A, B],
        officials=[official(B, "Jens Stoltenberg"), official(A, "Stoltenberg")],
        announcements=[
            Announcement(
                id="b#a1",
                speaker_id="a/Stoltenberg",
                quotes=(Quote(span=quote_span, speaker_id="a/Stoltenberg"),),
                evidence=(quote_span,),
            )
        ],
    )
    stoltenberg = corpus.lookup_official("Jens Stoltenberg")
    assert corpus.announcements[0].speaker_id == stoltenberg.id
    assert [q.text for q in corpus.quotes_by(stoltenberg)] == ["nous restons"]
    assert corpus.announcements_by("Stoltenberg") == corpus.announcements


def mission(doc, words, value, role, date):
    report = StrengthReport(value, Approximation.EXACT, role, date, span(doc, words))
    return Mission(
        id="nmi",
        name="NATO Mission Iraq",
        acronym="NMI",
        aliases=(words,),
        strength=(report,),
        evidence=(span(doc, words),),
    )


def test_missions_merge_by_id_and_strength_is_ordered_in_time():
    late = Document(id="late", text="la mission compte 4 000 personnes")
    early = Document(id="early", text="la mission compte 500 personnes")
    corpus = Corpus.build(
        documents=[late, early],
        missions=[
            mission(late, "4 000", 4000, FigureRole.LEVEL, PartialDate(2022)),
            mission(early, "500", 500, FigureRole.LEVEL, PartialDate(2020)),
        ],
    )
    assert len(corpus.missions) == 1
    assert [r.value for r in corpus.strength_of("NMI")] == [500, 4000]
    assert corpus.lookup_mission("nato mission iraq").id == "nmi"
    assert corpus.get_mission("NTM-I") is None


def test_decisions_and_timeline():
    doc = Document(id="t", text="Les ministres ont décidé d'élargir la mission. Le CAN examinera la demande.")
    taken = Decision(
        id="t#d1",
        status=DecisionStatus.TAKEN,
        summary="élargir la mission",
        mission_id="nmi",
        date=PartialDate(2021, 2, 18),
        evidence=(span(doc, "Les ministres ont décidé d'élargir la mission."),),
    )
    later = Decision(
        id="t#d2",
        status=DecisionStatus.UNDER_CONSIDERATION,
        summary="la demande",
        date=PartialDate(2021, 3),
        evidence=(span(doc, "Le CAN examinera la demande."),),
    )
    corpus = Corpus.build(
        documents=[doc],
        missions=[Mission(id="nmi", name="NATO Mission Iraq", evidence=(span(doc, "la mission"),))],
        decisions=[later, taken],
    )
    assert corpus.decisions_for("nmi") == (taken,)
    assert [e.ref for e in corpus.timeline()] == ["t#d1", "t#d2"]
    assert corpus.timeline()[0].summary == "[taken] élargir la mission"


def test_duplicate_document_ids_are_refused():
    with pytest.raises(ValueError, match="duplicate document ids: a"):
        Corpus(documents=(A, A))


@given(
    st.permutations(["Moustafa al-Kazimi", "Mustafa al-Kadhimi", "Stoltenberg", "Jens Stoltenberg", "Haider al-Abadi"])
)
def test_merging_corpora_piecewise_equals_merging_at_once(names):
    docs = [Document(id=f"d{i}", text=name) for i, name in enumerate(names)]
    parts = [
        Corpus.build(
            documents=[d], officials=[Official(id=f"{d.id}/x", name=d.text, evidence=(d.span(0, len(d.text)),))]
        )
        for d in docs
    ]
    together = Corpus.build(documents=docs, officials=[o for p in parts for o in p.officials])
    assert parts[0].merge(*parts[1:]) == together
    assert len(together.officials) == 3


# -- building blocks, checked field by field (they build records directly, not with evolve) -----

from nato_iraq import strategies as nst  # noqa: E402
from nato_iraq.corpus import _remap_announcement  # noqa: E402
from nato_iraq.model import merge_roles  # noqa: E402


@given(nst.announcements(official_ids=("a/x", "a/y"), mission_ids=("nmi",), decision_ids=("a#d1",)), st.booleans())
def test_remapping_an_announcement_changes_only_official_ids(announcement, rename):
    mapping = {"a/x": "x", "a/y": "x"} if rename else {}
    remapped = _remap_announcement(announcement, mapping)

    def expected(name):
        value = getattr(announcement, name)
        if name == "speaker_id":
            return mapping.get(value, value)
        if name == "official_ids":
            return tuple(dict.fromkeys(mapping.get(i, i) for i in value))
        if name == "quotes":
            return tuple(
                Quote(q.span, mapping.get(q.speaker_id, q.speaker_id), q.speaker, q.attribution) for q in value
            )
        return value

    for field in Announcement.__attrs_attrs__:  # every field, so a new one cannot be forgotten
        assert getattr(remapped, field.name) == expected(field.name), field.name
    assert all(q.speaker_id in (None, "x") for q in remapped.quotes) or not rename
    if not rename:
        assert remapped is announcement  # merging built corpora does not copy what stays the same


ROLE_DOC = Document(id="r", text="Le secrétaire général de l'OTAN a parlé.")
FEW_ROLES = st.builds(  # few titles and keys, so roles collide and bare titles fold often
    Role,
    title=st.sampled_from(["secrétaire général", "Secrétaire général", "ministre"]),
    organisation=st.none() | st.just("NATO"),
    country=st.none(),
    office=st.none() | st.just("nato-secretary-general"),
    evidence=st.lists(nst.spans(ROLE_DOC), max_size=2).map(tuple),
)


@given(st.lists(FEW_ROLES, max_size=6))
def test_merge_roles_keeps_one_role_per_key_and_all_evidence(roles):
    merged = merge_roles(roles)
    keys = [r.key() for r in merged]
    assert len(keys) == len(set(keys))
    # every input role survives as itself (same key) or folded into a fuller role with its title
    for role in roles:
        assert role.key() in keys or (role.bare and any(m.title.lower() == role.title.lower() for m in merged))
    # evidence is the union of the inputs', without repeats, in text order
    assert {s for r in roles for s in r.evidence} == {s for m in merged for s in m.evidence}
    for m in merged:
        assert list(m.evidence) == sorted(set(m.evidence), key=lambda s: (s.doc_id, s.start, s.end))
    # the first role of each key gives the merged role its fields
    for m in merged:
        first = next(r for r in roles if r.key() == m.key())
        assert (m.title, m.organisation, m.country, m.office) == (
            first.title,
            first.organisation,
            first.country,
            first.office,
        )


def test_merging_keeps_records_that_do_not_change():
    import nato_iraq

    parts = [nato_iraq.parse(text, doc_id) for doc_id, text in nato_iraq.loading.seed_texts()]
    merged = Corpus().merge(*parts)
    by_id = {o.id: o for p in parts for o in p.officials}
    alone = [o for o in merged.officials if len(o.documents) == 1]
    shared = [o for o in merged.officials if len(o.documents) > 1]
    assert alone
    assert shared  # Stoltenberg is in several texts: a new, merged record
    for official in alone:
        assert official is by_id[official.id]  # the part's record itself, not an equal copy
    for official in shared:
        assert all(official is not o for p in parts for o in p.officials)
    missions = {m.id: [m2 for p in parts for m2 in p.missions if m2.id == m.id] for m in merged.missions}
    for mission in merged.missions:
        if len(missions[mission.id]) == 1:
            assert mission is missions[mission.id][0]
    # and the merge is still the corpus built from every record at once
    assert merged == Corpus.build(
        documents=[d for p in parts for d in p.documents],
        officials=[o for p in parts for o in p.officials],
        missions=[m for p in parts for m in p.missions],
        decisions=[d for p in parts for d in p.decisions],
        announcements=[a for p in parts for a in p.announcements],
        temporal_expressions=[t for p in parts for t in p.temporal_expressions],
        figures=[f for p in parts for f in p.figures],
    )
