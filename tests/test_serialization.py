import json

import pytest
from hypothesis import given

import nato_iraq
from nato_iraq import (
    Corpus,
    DateRange,
    Decision,
    DecisionStatus,
    PartialDate,
    RangeKind,
    SchemaError,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from nato_iraq import strategies as nst


@given(nst.corpora())
def test_corpus_json_round_trip_is_lossless(corpus):
    text = to_json(corpus)
    assert from_json(text, Corpus) == corpus
    assert json.loads(text)["schema_version"] == nato_iraq.SCHEMA_VERSION


@given(nst.missions())
def test_mission_round_trip(mission):
    assert from_json(to_json(mission), nato_iraq.Mission) == mission


@given(nst.officials())
def test_official_round_trip(official):
    assert from_dict(to_dict(official), nato_iraq.Official) == official


@given(nst.announcements())
def test_announcement_round_trip(announcement):
    assert from_json(to_json(announcement), nato_iraq.Announcement) == announcement


@given(nst.decisions())
def test_decision_round_trip(decision):
    assert from_json(to_json(decision), Decision) == decision


@given(nst.documents())
def test_document_round_trip(document):
    assert from_json(to_json(document), nato_iraq.Document) == document


@given(nst.personnel_figures())
def test_figure_round_trip(figure):
    assert from_json(to_json(figure), nato_iraq.PersonnelFigure) == figure


@given(nst.temporal_expressions())
def test_temporal_round_trip(expression):
    assert from_json(to_json(expression), nato_iraq.TemporalExpression) == expression


@given(nst.time_values())
def test_dates_are_iso_text(value):
    assert to_dict(value) == value.iso()


def test_enums_are_their_values_and_dates_iso():
    doc = nato_iraq.Document(id="d", text="Les ministres ont décidé.")
    decision = Decision(
        id="d#1",
        status=DecisionStatus.TAKEN,
        summary="élargir la mission",
        date=DateRange(PartialDate(2021, 2, 4), PartialDate(2021, 2, 25), RangeKind.UNCERTAIN),
        evidence=(doc.span(0, 24),),
    )
    data = to_dict(decision)
    assert data["status"] == "taken"
    assert data["date"] == "[2021-02-04..2021-02-25]"
    assert data["evidence"][0] == {"doc_id": "d", "start": 0, "end": 24, "text": "Les ministres ont décidé"}


def test_unknown_schema_version_is_refused():
    data = to_dict(Corpus())
    data["schema_version"] = 99
    with pytest.raises(SchemaError, match="schema_version 99"):
        from_dict(data, Corpus)


def test_malformed_input_raises_schema_error():
    with pytest.raises(SchemaError, match="not JSON"):
        from_json("{", Corpus)
    with pytest.raises(SchemaError, match="Decision"):
        from_json('{"id": "x", "status": "maybe", "summary": "s"}', Decision)
    with pytest.raises(SchemaError):
        from_json('{"value": "2021-13", "basis": "header"}', nato_iraq.DocumentDate)


def test_broken_span_in_json_is_refused():
    with pytest.raises(SchemaError):
        from_json('{"doc_id": "d", "start": 0, "end": 5, "text": "abc"}', nato_iraq.Span)


def test_unknown_keys_are_ignored_for_forward_compatibility():
    data = to_dict(PartialDate(2020))
    assert data == "2020"
    span = {"doc_id": "d", "start": 0, "end": 1, "text": "a", "added_in_v2": True}
    assert from_dict(span, nato_iraq.Span) == nato_iraq.Span("d", 0, 1, "a")
