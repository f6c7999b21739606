"""Span: a frozen value whether the library made it (sharing the document's text) or a user did."""

import copy
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nato_iraq
from nato_iraq import Document, Span
from nato_iraq import strategies as nst

DOC = Document(id="d", text="Le secrétaire général de l'OTAN, Jens Stoltenberg, a parlé.")


@given(nst.documents(), st.data())
def test_a_document_span_equals_the_span_built_from_its_slice(document, data):
    start = data.draw(st.integers(0, len(document.text)))
    end = data.draw(st.integers(start, len(document.text)))
    made = document.span(start, end)
    built = Span(document.id, start, end, document.text[start:end])
    assert made == built
    assert built == made
    assert hash(made) == hash(built)
    assert repr(made) == repr(built)
    assert made.text == document.text[start:end]
    assert len(made) == end - start


def test_spans_differ_on_any_part():
    base = Span("d", 0, 2, "Le")
    assert base != Span("e", 0, 2, "Le")
    assert base != Span("d", 1, 3, "Le")
    assert base != Span("d", 0, 2, "La")
    assert DOC.span(0, 2) != Span("d", 0, 2, "La")
    assert base != ("d", 0, 2, "Le")


def test_library_spans_share_the_document_text_instead_of_copying_it():
    span = DOC.span(33, 49)
    assert span.text == "Jens Stoltenberg"
    assert span._source is DOC.text  # the point of the class: nothing copied


def test_spans_are_frozen():
    span = DOC.span(0, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del span.text  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Span("d", 0, 1, "L").doc_id = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((1, 0, 1, "x"), TypeError),
        (("d", 0.0, 1, "x"), TypeError),
        (("d", 0, 1, b"x"), TypeError),
        (("d", -1, 0, ""), ValueError),
        (("d", 2, 1, ""), ValueError),
        (("d", 0, 2, "x"), ValueError),
    ],
)
def test_bad_spans_are_refused(args, error):
    with pytest.raises(error):
        Span(*args)


def test_document_span_refuses_bad_offsets():
    with pytest.raises(ValueError, match="outside document"):
        DOC.span(0, len(DOC.text) + 1)
    with pytest.raises(TypeError):
        DOC.span(0, 2.0)  # type: ignore[arg-type]


def test_pickle_copy_and_match_keep_the_value():
    span = DOC.span(33, 49)
    for other in (pickle.loads(pickle.dumps(span)), copy.copy(span), copy.deepcopy(span)):
        assert other == span
        assert other.text == "Jens Stoltenberg"
    match span:
        case Span(doc_id, start, end, text):
            assert (doc_id, start, end, text) == ("d", 33, 49, "Jens Stoltenberg")


def test_a_pickled_corpus_holds_each_text_once():
    corpus = nato_iraq.load()
    data = pickle.dumps(corpus)
    sentence = max((a.evidence[0] for a in corpus.announcements), key=len)
    assert len(sentence) > 80
    # the evidence sentence is in the pickle once, inside its document's text; a span copying
    # its characters would put it there twice
    assert data.count(sentence.text.encode("utf-8")) == 1
    assert pickle.loads(data) == corpus


def test_json_round_trip_gives_equal_spans():
    span = DOC.span(0, 31)
    back = nato_iraq.from_json(nato_iraq.to_json(span), Span)
    assert back == span
    assert nato_iraq.to_dict(span) == {"doc_id": "d", "start": 0, "end": 31, "text": span.text}


@pytest.mark.parametrize(
    "data", [[], {"doc_id": "d", "start": 0, "end": 1}, {"doc_id": "d", "start": 0, "end": 2, "text": "x"}]
)
def test_bad_span_json_is_a_schema_error(data):
    with pytest.raises(nato_iraq.SchemaError):
        nato_iraq.from_dict(data, Span)
