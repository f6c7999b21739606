"""Shortcuts of resolution give the results of the longer way they replace: the clause date's
window test, the figure built without ``attrs.evolve``."""

import random

import attrs

from nato_iraq import resolve
from nato_iraq.document import Span, build_document
from nato_iraq.extract import figures, temporal
from nato_iraq.loading import seed_texts
from nato_iraq.model import PersonnelFigure
from nato_iraq.resolve import _Context

PIECES = [
    "L'Otan a annoncé",
    "jeudi",
    "le 3 mars 2019",
    "en septembre",
    "the mission said on Tuesday",
    "in July 2020",
    "la mission de l'Otan en Irak",
    "500 militaires",
    "M. Stoltenberg",
    "«",
    "»",
    '"',
    "(",
    ")",
    ",",
    ";",
    ":",
    ".",
    "\n",
    "\n\n",
    " ",
    "et puis " * 20,  # a long clause: its date far from the span
    "x" * 450,  # longer than the clause's reach
]


def _texts() -> list[tuple[str, str]]:
    rng = random.Random(7)
    made = [(f"r{n}", " ".join(rng.choice(PIECES) for _ in range(rng.randint(5, 60)))) for n in range(60)]
    return seed_texts() + made


def _context(doc_id: str, text: str) -> _Context:
    document = build_document(text, doc_id)
    document = attrs.evolve(document, date=temporal.document_date(document))
    return _Context(document, temporal.find(document))


def _clause_date_long_way(context: _Context, span: Span) -> object:
    found = context._timexes_in(*context.clause(span))
    if not found:
        return None
    return min(found, key=lambda t: min(abs(t.span.start - span.end), abs(span.start - t.span.end))).value


def test_clause_date_window() -> None:
    """clause_date looks for clause marks only when the sentence near the span holds a date."""
    dated = 0
    for doc_id, text in _texts():
        context = _context(doc_id, text)
        for start in range(0, len(text), 5):
            for length in (0, 1, 4, 12, 40):
                span = context.document.span(start, min(len(text), start + length))
                expected = _clause_date_long_way(context, span)
                assert context.clause_date(span) == expected, (doc_id, start, length)
                dated += expected is not None
    assert dated > 100  # the texts do have dates in reach, not only spans without


def test_linked_figure_is_evolve() -> None:
    """_link_figure's figure is ``attrs.evolve(figure, mission_id=...)``, every field kept."""
    assert [f.name for f in attrs.fields(PersonnelFigure)] == [
        "span",
        "value",
        "approximation",
        "unit",
        "role",
        "mission_id",
    ]
    linked = 0
    for doc_id, text in _texts():
        context = _context(doc_id, text)
        context.mission_at = resolve._Positions([(0, 0, "nmi")] + [(s, s + 1, "nmi") for s in range(0, len(text), 30)])
        for figure in figures.find(context.document):
            result = resolve._link_figure(context, figure)
            if result is not figure:
                assert result == attrs.evolve(figure, mission_id=result.mission_id)
                linked += 1
    assert linked > 5
