"""Direct quotes, their attribution and reporting clauses in English copy (sentences written for
these tests)."""

import pytest
from _invariants import check_quotes
from hypothesis import given
from hypothesis import strategies as st

from nato_iraq.document import Document, build_document
from nato_iraq.extract import quotes
from nato_iraq.extract.mentions import QuoteMention, ReportMention


def _doc(text: str) -> Document:
    return build_document(text, "t", language="en")


def _quotes(text: str) -> tuple[QuoteMention, ...]:
    return quotes.find(_doc(text))


def _reports(text: str) -> tuple[ReportMention, ...]:
    return quotes.find_reports(_doc(text))


def _summary(quote: QuoteMention) -> tuple[str, str | None, str | None, bool]:
    return (
        quote.span.text,
        quote.cue.text if quote.cue else None,
        quote.speaker_span.text if quote.speaker_span else None,
        quote.pronoun,
    )


def _report(report: ReportMention) -> tuple[str, str | None, bool]:
    return report.cue.text, report.speaker_span.text if report.speaker_span else None, report.pronoun


INNER = "We will keep training Iraqi forces for as long as they ask us to"


# --- marks ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("opening", "closing"), [("“", ",”"), ('"', ',"'), ("\u2018", ",\u2019"), ("'", ",'")])
def test_every_mark_style(opening: str, closing: str) -> None:
    (quote,) = _quotes(f"{opening}{INNER}{closing} Stoltenberg said in Brussels.")
    assert _summary(quote) == (INNER + ",", "said", "Stoltenberg", False)
    assert quote.marked.text == f"{opening}{INNER}{closing}"


def test_apostrophes_are_not_quotes() -> None:
    text = "NATO's trainers and the allies' advisers praised Iraq's progress at O'Brien's base."
    assert _quotes(text) == ()


def test_single_quotes_around_apostrophes() -> None:
    (quote,) = _quotes("'NATO's commitment to Iraq's security won't change,' the minister said.")
    assert quote.span.text == "NATO's commitment to Iraq's security won't change,"
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "the minister"


# --- attribution after the quote -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "cue", "speaker", "pronoun"),
    [
        ("Stoltenberg said", "said", "Stoltenberg", False),
        ("said Stoltenberg", "said", "Stoltenberg", False),
        ("he said", "said", "he", True),
        ("she told reporters", "told", "she", True),
        ("he added", "added", "he", True),
        ("NATO said in a statement", "said", "NATO", False),
        ("the Pentagon said", "said", "the Pentagon", False),
        ("said NATO Secretary General Jens Stoltenberg", "said", "NATO Secretary General Jens Stoltenberg", False),
        ("Defense Secretary Lloyd Austin told reporters", "told", "Defense Secretary Lloyd Austin", False),
        ("a senior NATO official said", "said", "a senior NATO official", False),
        ("Mr Stoltenberg stressed", "stressed", "Mr Stoltenberg", False),
        ("he has repeatedly warned", "has repeatedly warned", "he", True),
    ],
)
def test_clause_after_quote(clause: str, cue: str, speaker: str, pronoun: bool) -> None:
    (quote,) = _quotes(f'"{INNER}," {clause}.')
    assert _summary(quote) == (INNER + ",", cue, speaker, pronoun)


def test_said_then_apposition_keeps_the_name() -> None:
    (quote,) = _quotes('"The mission adapts," said Jens Stoltenberg, NATO\'s secretary general.')
    assert _summary(quote) == ("The mission adapts,", "said", "Jens Stoltenberg", False)


def test_according_to_after_quote() -> None:
    (quote,) = _quotes('"Training will resume next month," according to a NATO spokesperson.')
    assert _summary(quote) == ("Training will resume next month,", "according to", "a NATO spokesperson", False)


# --- attribution before the quote ----------------------------------------------------------------


def test_colon_introduces_quote() -> None:
    (quote,) = _quotes('Stoltenberg said: "Our mission will grow to 4,000 personnel."')
    assert _summary(quote) == ("Our mission will grow to 4,000 personnel.", "said", "Stoltenberg", False)


def test_according_to_before_quote() -> None:
    (quote,) = _quotes('According to the secretary general, "the allies agreed without a vote."')
    assert _summary(quote) == ("the allies agreed without a vote.", "According to", "the secretary general", False)


def test_partial_quote_attributed_by_its_clause() -> None:
    (quote,) = _quotes('The minister said the trainers would stay "as long as needed".')
    assert _summary(quote) == ("as long as needed", "said", "The minister", False)


def test_quote_verb_attributes_its_object() -> None:
    (quote,) = _quotes('Austin welcomed the "historic decision" taken by the allies on Thursday.')
    assert _summary(quote) == ("historic decision", "welcomed", "Austin", False)


def test_coordinated_verb_shares_the_subject() -> None:
    found = _quotes("He called the vote 'historic' and praised the \"courage of Iraqi soldiers\".")
    assert [_summary(q) for q in found] == [
        ("historic", "called", "He", True),
        ("courage of Iraqi soldiers", "praised", "He", True),
    ]


def test_adding_that_continues_the_statement() -> None:
    found = _quotes('"We stay," Stoltenberg said, adding that "the mission matters to all allies".')
    assert [_summary(q)[2] for q in found] == ["Stoltenberg", "Stoltenberg"]


# --- what is not a quote -------------------------------------------------------------------------


def test_names_and_single_words_are_not_quotes() -> None:
    text = 'The so-called "Islamic State" was pushed out of "Camp Speicher" by a "surge" of troops.'
    assert _quotes(text) == ()


# --- several quotes and paragraphs ---------------------------------------------------------------


def test_second_quote_continues_the_statement() -> None:
    found = _quotes('"We will support Iraq," Austin said. "Our partnership is strong and lasting."')
    assert [_summary(q) for q in found] == [
        ("We will support Iraq,", "said", "Austin", False),
        ("Our partnership is strong and lasting.", "said", "Austin", False),
    ]


def test_multi_paragraph_quote() -> None:
    text = (
        "“We have trained thousands of Iraqi soldiers and officers.\n\n"
        "“We will keep doing so until the job is done,” the NATO chief added."
    )
    (quote,) = _quotes(text)
    assert quote.span.text.startswith("We have trained thousands")
    assert quote.span.text.endswith("until the job is done,")
    assert "\n\n“We will keep" in quote.span.text
    assert _summary(quote)[1:] == ("added", "the NATO chief", False)


def test_unclosed_straight_quote_continues_into_next_paragraph() -> None:
    text = '"The coalition has done its work.\n\n"Now Iraqis lead the fight," the general told reporters.'
    (quote,) = _quotes(text)
    assert quote.span.text == 'The coalition has done its work.\n\n"Now Iraqis lead the fight,'
    assert _summary(quote)[1:] == ("told", "the general", False)


# --- reports -------------------------------------------------------------------------------------


def test_reports_without_quotes() -> None:
    text = (
        "NATO announced on Thursday that it would expand its mission. Stoltenberg told reporters "
        "that the allies agreed. In a statement, the Iraqi Foreign Ministry said it welcomed the step. "
        "The decision was welcomed in Baghdad."
    )
    assert [_report(r) for r in _reports(text)] == [
        ("announced", "NATO", False),
        ("told", "Stoltenberg", False),
        ("said", "the Iraqi Foreign Ministry", False),
    ]


def test_report_sentence_and_pronoun() -> None:
    (report,) = _reports("Officials met in Brussels. He confirmed that 500 more trainers would deploy.")
    assert _report(report) == ("confirmed", "He", True)
    assert report.sentence.text == "He confirmed that 500 more trainers would deploy."


def test_nouns_are_not_reporting_verbs() -> None:
    assert _reports("The said agreement and the stated goals were discussed by member states.") == ()


def test_french_document_keeps_french_verbs() -> None:
    document = build_document('"Nous restons", a dit Jens Stoltenberg.', "t", language="fr")
    (quote,) = quotes.find(document)
    assert (quote.cue.text if quote.cue else None) == "a dit"


# --- properties ----------------------------------------------------------------------------------

_SPEAKERS = ["Stoltenberg", "Austin", "the minister", "NATO", "a senior official", "Jens Stoltenberg"]
_VERBS = ["said", "told reporters", "added", "stressed", "warned", "noted", "explained", "insisted", "announced"]


@given(
    words=st.lists(st.sampled_from(["allies", "train", "forces", "mission", "grow", "advisers"]), min_size=4),
    speaker=st.sampled_from(_SPEAKERS),
    verb=st.sampled_from(_VERBS),
    inverted=st.booleans(),
    marks=st.sampled_from([('"', '"'), ("“", "”")]),
)
def test_generated_attributions(
    words: list[str], speaker: str, verb: str, inverted: bool, marks: tuple[str, str]
) -> None:
    inner = " ".join(words).capitalize()
    clause = f"{verb.split()[0]} {speaker}" if inverted and " " not in verb else f"{speaker} {verb}"
    document = _doc(f"{marks[0]}{inner},{marks[1]} {clause}.")
    check_quotes(document)
    (quote,) = quotes.find(document)
    assert quote.span.text == inner + ","
    assert quote.cue is not None
    assert quote.cue.text == verb.split()[0]
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == speaker


_PIECES = [*"aAbBeE .,;:'\"“”‘’\n-", "said ", "he ", "NATO ", "Stoltenberg ", "according to ", "told ", "and "]


@given(st.lists(st.sampled_from(_PIECES), max_size=50))
def test_find_never_raises_and_spans_are_exact(pieces: list[str]) -> None:
    check_quotes(_doc("".join(pieces)))


@given(st.text(max_size=120))
def test_arbitrary_text(text: str) -> None:
    check_quotes(_doc(text))
