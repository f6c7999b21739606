"""One corpus across French and English texts: the same person and mission, whichever language."""

import nato_iraq

FRENCH = (
    " date 2021-02 Les ministres de la Défense de l'Otan ont décidé jeudi d'élargir la mission de "
    "l'Otan en Irak, qui passera d'environ 500 à 4 000 personnes, a annoncé le secrétaire général de "
    "l'Alliance, Jens Stoltenberg. Le Premier ministre irakien Moustafa al-Kazimi a salué « une "
    "décision importante pour la sécurité du pays »."
)
ENGLISH = (
    "BRUSSELS, Feb 18 (Reuters) - NATO defence ministers agreed on Thursday to expand NATO Mission "
    "Iraq from around 500 to 4,000 personnel, NATO Secretary General Jens Stoltenberg said on "
    'Thursday. "This is an important step for the security of Iraq," Iraqi Prime Minister Mustafa '
    "al-Kadhimi said in a statement."
)


def corpus() -> nato_iraq.Corpus:
    return nato_iraq.parse(FRENCH, "fr-2021").merge(nato_iraq.parse(ENGLISH, "en-2021"))


def test_languages_are_detected():
    assert [d.language for d in corpus().documents] == ["en", "fr"]


def test_one_official_per_person_across_languages_and_spellings():
    merged = corpus()
    stoltenberg = merged.lookup_official("Stoltenberg")
    assert stoltenberg.documents == ("en-2021", "fr-2021")
    assert {r.office for r in stoltenberg.roles} == {"nato-secretary-general"}
    kadhimi = merged.lookup_official("Mustafa al-Kadhimi")
    assert kadhimi is merged.lookup_official("Moustafa al-Kazimi")
    assert kadhimi.documents == ("en-2021", "fr-2021")
    assert [o.name for o in merged.holders_of("iraq-prime-minister")] == [kadhimi.name]


def test_one_mission_across_languages():
    merged = corpus()
    nmi = merged.lookup_mission("NMI")
    assert {s.doc_id for s in nmi.evidence} == {"en-2021", "fr-2021"}
    sizes = {(r.evidence.doc_id, r.role.value, r.value) for r in nmi.strength}
    assert {("fr-2021", "to", 4000), ("en-2021", "to", 4000)} <= sizes
    assert {d.evidence[0].doc_id for d in merged.decisions_for(nmi)} == {"en-2021", "fr-2021"}


def test_quotes_in_both_languages_are_credited_to_the_same_person():
    merged = corpus()
    kadhimi = merged.lookup_official("al-Kadhimi")
    assert {q.span.doc_id for q in merged.quotes_by(kadhimi)} == {"en-2021", "fr-2021"}
