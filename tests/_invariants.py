"""Checks every extractor's output must pass, shared by the French and English test modules.

Each asserts the provenance invariant -- a span is the document's own characters, with the
document's id -- on every span a mention carries, plus what is particular to the kind of mention
(order, nesting).
"""

from nato_iraq import Document, Span
from nato_iraq.extract import quotes
from nato_iraq.extract.mentions import PersonMention
from nato_iraq.model import TemporalExpression


def assert_cut_from(document: Document, *spans: Span | None) -> None:
    """Every span given (``None`` skipped) is ``document.text[start:end]`` of *document*."""
    for span in spans:
        if span is not None:
            assert document.text[span.start : span.end] == span.text
            assert span.doc_id == document.id


def check_people(document: Document, mentions: tuple[PersonMention, ...]) -> None:
    """Person mentions: exact spans, in text order, not overlapping."""
    last_end = -1
    for mention in mentions:
        assert_cut_from(document, mention.span, mention.name_span, mention.role.span if mention.role else None)
        assert mention.span.start >= last_end, "mentions overlap or are out of order"
        last_end = mention.span.end


def check_quotes(document: Document) -> None:
    """Quotes and reports of *document*: exact spans, words inside their marks, cue inside its sentence."""
    for quote in quotes.find(document):
        assert_cut_from(document, quote.span, quote.marked, quote.speaker_span, quote.cue)
        assert quote.marked.contains(quote.span)
    for report in quotes.find_reports(document):
        assert_cut_from(document, report.cue, report.sentence, report.speaker_span)
        assert report.sentence.contains(report.cue)


def check_timexes(document: Document, found: tuple[TemporalExpression, ...]) -> None:
    """Time expressions: exact, non-empty spans, in text order, not overlapping."""
    previous_end = 0
    for expression in found:
        span = expression.span
        assert_cut_from(document, span)
        assert span.start >= previous_end
        assert span.end > span.start
        previous_end = span.end
