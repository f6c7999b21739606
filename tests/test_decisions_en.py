"""Decision cues in English: status from the wording, the decided matter, and the deciding body."""

import pytest
from _invariants import assert_cut_from
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_iraq.document import build_document
from nato_iraq.extract import decisions
from nato_iraq.extract.mentions import DecisionCue
from nato_iraq.model import DecisionStatus

S = DecisionStatus


def find(text: str) -> tuple[DecisionCue, ...]:
    return decisions.find(build_document(text, "t", language="en"))


def only(text: str) -> DecisionCue:
    found = find(text)
    assert len(found) == 1, found
    return found[0]


def test_simple_past_with_body_and_infinitive_summary() -> None:
    cue = only("NATO defence ministers agreed on Thursday to expand the training effort in Iraq, a diplomat said.")
    assert (cue.cue.text, cue.status) == ("agreed", S.TAKEN)
    assert cue.body == "NATO defence ministers"
    assert cue.body_span is not None
    assert cue.body_span.text == "NATO defence ministers"
    assert cue.summary == "expand the training effort in Iraq"


def test_adverb_between_auxiliary_and_participle() -> None:
    cue = only("The North Atlantic Council has now decided to extend the mandate by a year.")
    assert (cue.cue.text, cue.status, cue.body) == ("has now decided", S.TAKEN, "The North Atlantic Council")
    assert cue.summary == "extend the mandate by a year"
    cue = only("Allies have also agreed to send more advisers.")
    assert (cue.cue.text, cue.status, cue.body, cue.summary) == (
        "have also agreed",
        S.TAKEN,
        "Allies",
        "send more advisers",
    )


def test_passive_with_agent() -> None:
    cue = only("The plan was approved by the North Atlantic Council on Wednesday.")
    assert (cue.cue.text, cue.status, cue.summary, cue.body) == (
        "was approved",
        S.TAKEN,
        "The plan",
        "the North Atlantic Council",
    )


def test_the_decision_was_taken() -> None:
    cue = only("The decision was taken by the NAC on 16 August.")
    assert (cue.cue.text, cue.status, cue.summary, cue.body) == (
        "The decision was taken",
        S.TAKEN,
        "The decision",
        "the NAC",
    )
    cue = only("The decision to double the mission was made by NATO leaders at the summit.")
    assert (cue.cue.text, cue.status, cue.summary, cue.body) == (
        "was made",
        S.TAKEN,
        "The decision to double the mission",
        "NATO leaders",
    )


def test_the_decision_on_a_topic() -> None:
    cue = only("A decision was made on the future of the training mission.")
    assert (cue.status, cue.summary) == (S.TAKEN, "the future of the training mission")


def test_we_as_body() -> None:
    cue = only('"We have decided to step up our support," the Secretary General said.')
    assert (cue.status, cue.body, cue.summary) == (S.TAKEN, "We", "step up our support")


@pytest.mark.parametrize(
    ("text", "cue", "status", "summary"),
    [
        # taken
        ("NATO launched its advisory mission in 2018.", "launched", S.TAKEN, "its advisory mission in 2018"),
        ("The alliance suspended its training activities.", "suspended", S.TAKEN, "its training activities"),
        ("Ministers extended the mandate until 2025.", "extended", S.TAKEN, "the mandate"),
        ("NATO leaders endorsed the plan in Brussels.", "endorsed", S.TAKEN, "the plan in Brussels"),
        ("Allies gave the green light to a larger mission.", "gave the green light", S.TAKEN, "a larger mission"),
        ("The Council has given its approval to the package.", "has given its approval", S.TAKEN, "the package"),
        ("NATO agrees to expand Iraq mission", "agrees", S.TAKEN, "expand Iraq mission"),
        ("It was decided to end the mission.", "was decided", S.TAKEN, "end the mission"),
        # planned
        (
            "NATO will expand its mission to 4,000 personnel.",
            "will expand",
            S.PLANNED,
            "expand its mission to 4,000 personnel",
        ),
        ("Ministers are expected to decide on the request.", "are expected to decide", S.PLANNED, "the request"),
        ("The new mission could be launched in July.", "could be launched", S.PLANNED, "The new mission"),
        ("The request will be examined next week.", "will be examined", S.PLANNED, "The request"),
        ("NATO plans to send more trainers.", "plans to send", S.PLANNED, "send more trainers"),
        ("The alliance is ready to answer the request.", "is ready to", S.PLANNED, "answer the request"),
        ("A final decision is expected in June.", "A final decision is expected", S.PLANNED, "A final decision"),
        # under consideration
        ("NATO is considering a larger role.", "is considering", S.UNDER_CONSIDERATION, "a larger role"),
        ("Defence ministers will consider the proposal.", "will consider", S.UNDER_CONSIDERATION, "the proposal"),
        (
            "Allies are discussing the future of the mission.",
            "are discussing",
            S.UNDER_CONSIDERATION,
            "the future of the mission",
        ),
        ("The alliance is studying options.", "is studying", S.UNDER_CONSIDERATION, "options"),
        ("The Council will review the mandate.", "will review", S.UNDER_CONSIDERATION, "the mandate"),
        ("The offer remains under consideration.", "remains under consideration", S.UNDER_CONSIDERATION, "The offer"),
        # not taken
        ("No decision has been taken on the expansion.", "No decision has been taken", S.NOT_TAKEN, "the expansion"),
        (
            "The Council has not yet decided whether to extend the mission.",
            "has not yet decided",
            S.NOT_TAKEN,
            "extend the mission",
        ),
        (
            "No decision will be made on the mission's future.",
            "No decision will be made",
            S.NOT_TAKEN,
            "the mission's future",
        ),
        ("Ministers postponed a decision on the request.", "postponed a decision", S.NOT_TAKEN, "the request"),
        ("The government hasn't approved the deployment.", "hasn't approved", S.NOT_TAKEN, "the deployment"),
        ("Allies did not agree on a timetable.", "did not agree", S.NOT_TAKEN, "a timetable"),
        (
            "No decision on the expansion has been taken yet.",
            "has been taken",
            S.NOT_TAKEN,
            "No decision on the expansion",
        ),
    ],
)
def test_status_and_summary(text: str, cue: str, status: DecisionStatus, summary: str) -> None:
    found = only(text)
    assert (found.cue.text, found.status, found.summary) == (cue, status, summary)
    assert found.sentence.text == text


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State launched an attack on the base.",
        "A NATO spokesman declined to comment.",
        "The agreed timeline remains in place.",
        "Allies are discussing the threat posed by militants.",
        "The minister extended his condolences to the families.",
        "Conforming to the decisions of Allies, the mission continues.",
        "NATO's mission in Iraq is a non-combat mission.",
    ],
)
def test_no_cue(text: str) -> None:
    assert find(text) == ()


def test_french_and_english_cues_keep_to_their_language() -> None:
    fr = build_document("Les alliés ont décidé d'élargir la mission.", "fr", language="fr")
    en = build_document("Les alliés ont décidé d'élargir la mission.", "en", language="en")
    assert [c.status for c in decisions.find(fr)] == [S.TAKEN]
    assert decisions.find(en) == ()


# --- properties ------------------------------------------------------------------------------

_BODIES = [
    "NATO defence ministers",
    "NATO Defense Ministers",
    "Foreign ministers",
    "The North Atlantic Council",
    "NATO leaders",
    "Allies",
    "The Alliance",
    "The Iraqi government",
]
_CUES = [
    ("agreed", S.TAKEN),
    ("have agreed", S.TAKEN),
    ("have formally approved", S.TAKEN),
    ("has decided", S.TAKEN),
    ("decided", S.TAKEN),
    ("will consider", S.UNDER_CONSIDERATION),
    ("are considering", S.UNDER_CONSIDERATION),
    ("could decide", S.PLANNED),
    ("are expected to approve", S.PLANNED),
    ("have not yet decided", S.NOT_TAKEN),
    ("did not agree", S.NOT_TAKEN),
]


@settings(max_examples=60)
@given(st.sampled_from(_BODIES), st.sampled_from(_CUES), st.sampled_from(["on Thursday", "today", ""]))
def test_generated_sentences_read_back(body: str, cue: tuple[str, DecisionStatus], when: str) -> None:
    verb, status = cue
    tail = f" {when}" if when else ""
    found = only(f"{body} {verb}{tail} to extend the mission in Iraq.")
    assert (found.cue.text, found.status, found.body) == (verb, status, body)
    assert found.summary == "extend the mission in Iraq"


@settings(max_examples=60)
@given(
    st.lists(
        st.sampled_from(
            [*"abcdeilnorstwy ,.'\"\n", "decided ", "will be ", "no decision ", "has not ", "the ", "NATO "]
        ),
        max_size=60,
    ).map("".join)
)
def test_find_never_raises_and_spans_are_exact(text: str) -> None:
    doc = build_document(text, "t", language="en")
    for cue in decisions.find(doc):
        assert_cut_from(doc, cue.cue, cue.sentence, cue.body_span)


_PHRASES = [
    "has not been approved", "hasn't yet decided", "did not decide", "won't approve", "no decision has been taken",
    "no final decision on the plan has been made", "there is still no decision", "has rejected",
    "had postponed a decision", "the decision was postponed", "postponed the decision", "declined to comment",
    "turned down", "the decision was taken", "the decision to act was made", "this decision will be made",
    "were approved", "will be examined", "will consider", "will discuss", "will decide", "would decide",
    "could be launched", "should review", "must debate", "is expected to endorse", "plans to send",
    "intends to expand", "is ready to", "said it was willing to", "the decision is expected",
    "has given its approval", "have taken a decision", "has launched", "gave its green light", "took a decision",
    "agreed", "the agreed", "launched attacks", "extended its thanks", "green-lighted", "agrees to", "decide on",
    "is considering", "are discussing", "weighs", "debated", "have studied", "remains under review",
    "is on the table", "was being considered", "it", "a", "the", "not", "also", "formally", "expand", "request",
]  # fmt: skip


def test_cues_are_tried_only_where_their_first_letter_opens_them() -> None:
    """The cues that may begin with a letter (their listed opening words,
    :data:`~nato_iraq.extract.lexicon.decisions.EN_HEAD_OPENS` and each cue's ``opens``) match
    wherever the whole cue pattern does, with the same cue: every cue is tried where it may begin."""
    import random

    patterns = decisions._patterns("en")
    assert patterns.cues_by_letter is not None
    rng = random.Random(11)
    seen: set[str | None] = set()
    for _ in range(1500):
        text = "".join(rng.choice(_PHRASES) + rng.choice([" ", " ", "  ", "\n", ", ", "-", "'"]) for _ in range(8))
        for at in range(len(text)):
            whole = patterns.cues.match(text, at)
            quick = patterns.cues_by_letter[text[at]]
            found = quick.match(text, at) if quick is not None else None
            assert (whole and (whole.span(), whole.lastgroup)) == (found and (found.span(), found.lastgroup)), text
            if whole is not None:
                seen.add(whole.lastgroup)
    assert seen == {f"c{index}" for index in range(len(patterns.lexicon.cues))}


_BODY_WORDS = [
    "the", "NATO", "defence", "ministers", "of", "allied", "member", "states", "countries", "nations", "heads",
    "state", "and", "government", "leaders", "North", "Atlantic", "Council", "council", "NAC", "summit", "Allies",
    "allies", "Alliance", "Treaty", "Organization", "Organisation", "Iraqi", "U.S.", "we", "We", "WE", "said",
    "thirty", "ſtates", "NATO's", "alliance's", "foreign", "ministership", "agreed", "decided", "Ministers",
    "the North Atlantic Treaty Organisation", "the North Atlantic Treaty Organization", "heads of state and",
]  # fmt: skip


def test_a_body_is_looked_for_only_where_one_of_its_last_words_is_near() -> None:
    """With the words bodies end with (:data:`~nato_iraq.extract.lexicon.decisions.EN_BODY_ENDS`)
    the body before a cue is the one the scan of the whole window finds."""
    import random

    import attrs

    patterns = decisions._patterns("en")
    assert patterns.body_ends is not None
    unfiltered = attrs.evolve(patterns, body_ends=None)
    rng = random.Random(3)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(_BODY_WORDS) + rng.choice([" ", " ", " ", "  ", ", ", "-", "'"]) for _ in range(30))
        for cue_start in range(0, len(text) + 1, 7):
            sentence_start = rng.randint(0, cue_start)
            expected = decisions._body_before(text, sentence_start, cue_start, unfiltered)
            assert decisions._body_before(text, sentence_start, cue_start, patterns) == expected, (text, cue_start)
            found += expected is not None
    assert found > 1000
