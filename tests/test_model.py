"""The model's validators: each kind of field refuses what it must refuse, and names the field."""

import pytest

from nato_iraq import (
    Announcement,
    Approximation,
    Decision,
    DecisionStatus,
    Document,
    Mission,
    Official,
    PartialDate,
    PersonnelFigure,
    Quote,
    Role,
    ScopeReport,
)

DOC = Document(id="d", text="Jens Stoltenberg a annoncé la mission.")
SPAN = DOC.span(0, 16)


@pytest.mark.parametrize(
    ("build", "error", "field"),
    [
        (lambda: Official(id=1, name="x"), TypeError, "id"),  # type: ignore[arg-type]
        (lambda: Official(id="  ", name="x"), ValueError, "id"),
        (lambda: Official(id="x", name="x", surface_forms=("a", 2)), TypeError, "surface_forms"),  # type: ignore[arg-type]
        (lambda: Official(id="x", name="x", roles=[Role("t")]), TypeError, "roles"),  # type: ignore[arg-type]
        (lambda: Official(id="x", name="x", roles=("t",)), TypeError, "roles"),  # type: ignore[arg-type]
        (lambda: Official(id="x", name="x", evidence=("text",)), TypeError, "evidence"),  # type: ignore[arg-type]
        (lambda: Role(title=""), ValueError, "title"),
        (lambda: Role(title="t", country=3), TypeError, "country"),  # type: ignore[arg-type]
        (lambda: Quote(span="x"), TypeError, "span"),  # type: ignore[arg-type]
        (lambda: Quote(span=SPAN, attribution="x"), TypeError, "attribution"),  # type: ignore[arg-type]
        (lambda: Decision(id="d1", status="taken", summary="s"), TypeError, "status"),  # type: ignore[arg-type]
        (lambda: Decision(id="d1", status=DecisionStatus.TAKEN, summary="s", date="2020"), TypeError, "date"),  # type: ignore[arg-type]
        (lambda: PersonnelFigure(span=SPAN, value="500"), TypeError, "value"),  # type: ignore[arg-type]
        (lambda: PersonnelFigure(span=SPAN, value=5, approximation="about"), TypeError, "approximation"),  # type: ignore[arg-type]
        (lambda: ScopeReport(["Defence"], True, None, SPAN), TypeError, "institutions"),  # type: ignore[arg-type]
        (lambda: ScopeReport(("Defence",), 1, None, SPAN), TypeError, "added"),  # type: ignore[arg-type]
        (lambda: Mission(id="nmi", name="NMI", strength=(1,)), TypeError, "strength"),  # type: ignore[arg-type]
        (lambda: Announcement(id="a1", quotes=(SPAN,)), TypeError, "quotes"),  # type: ignore[arg-type]
    ],
)
def test_bad_field_values_are_refused_naming_the_field(build, error, field):
    with pytest.raises(error, match=field):
        build()


def test_optional_fields_take_none_and_valid_values_pass():
    Official(id="x", name="Jens Stoltenberg", surface_forms=["Jens Stoltenberg"], evidence=[SPAN])  # any iterable
    Decision(id="d1", status=DecisionStatus.TAKEN, summary="s", date=PartialDate(2018, 7), cue=None)
    PersonnelFigure(span=SPAN, value=None, approximation=Approximation.VAGUE)
    Announcement(id="a1", speaker_id=None, quotes=(Quote(SPAN, speaker_id="x"),), cue=SPAN)
