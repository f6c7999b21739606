import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_iraq import DateRange, PartialDate, Precision, RangeKind
from nato_iraq import strategies as nst
from nato_iraq.dates import parse_time_value, sort_key


def test_precision_follows_the_parts_given():
    assert PartialDate(2018).precision is Precision.YEAR
    assert PartialDate(2018, 2).precision is Precision.MONTH
    assert PartialDate(2018, 2, 14).precision is Precision.DAY


def test_iso_text_keeps_precision():
    assert PartialDate(2023, 8).iso() == "2023-08"
    assert PartialDate(2004).iso() == "2004"
    assert str(PartialDate(2014, 12, 3)) == "2014-12-03"


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(2021, 2, 29), (2021, 13, None), (2021, None, 5), (0, None, None), (2021, 0, None), (2020, 4, 31)],
)
def test_impossible_dates_are_refused(year, month, day):
    with pytest.raises(ValueError, match=r"out of range|needs a month"):
        PartialDate(year, month, day)


def test_leap_day_is_a_day():
    assert PartialDate(2020, 2, 29).as_date() == dt.date(2020, 2, 29)


def test_as_date_refuses_to_invent_a_day():
    with pytest.raises(ValueError, match="not known to the day"):
        PartialDate(2023, 8).as_date()


def test_interval_of_a_month():
    month = PartialDate(2021, 2)
    assert month.earliest() == dt.date(2021, 2, 1)
    assert month.latest() == dt.date(2021, 2, 28)


def test_containment():
    assert PartialDate(2021, 2, 18) in PartialDate(2021, 2)
    assert PartialDate(2021, 2) in PartialDate(2021)
    assert PartialDate(2021) not in PartialDate(2021, 2)
    assert dt.date(2021, 2, 18) in PartialDate(2021)
    assert "2021" not in PartialDate(2021)
    thursdays = DateRange(PartialDate(2021, 2, 4), PartialDate(2021, 2, 25), RangeKind.UNCERTAIN)
    assert PartialDate(2021, 2, 18) in thursdays
    assert thursdays in PartialDate(2021, 2)


def test_a_year_sorts_before_its_months_and_both_before_the_next_year():
    values = [PartialDate(2022), PartialDate(2021, 6), PartialDate(2021), PartialDate(2021, 1, 15)]
    assert sorted(values) == [PartialDate(2021), PartialDate(2021, 1, 15), PartialDate(2021, 6), PartialDate(2022)]


def test_range_iso_forms():
    span = DateRange(PartialDate(2017, 7, 31), PartialDate(2017, 8, 3))
    assert span.iso() == "2017-07-31/2017-08-03"
    assert span.precision is Precision.DAY
    uncertain = DateRange(PartialDate(2021, 2, 4), PartialDate(2021, 2, 25), RangeKind.UNCERTAIN)
    assert uncertain.iso() == "[2021-02-04..2021-02-25]"
    assert DateRange(PartialDate(2004), PartialDate(2011, 12)).precision is Precision.YEAR


def test_range_must_not_end_before_it_starts():
    with pytest.raises(ValueError, match="ends before it starts"):
        DateRange(PartialDate(2011), PartialDate(2004))


@pytest.mark.parametrize("text", ["", "2021-2", "21-02", "2021/02", "2021-02-03T00:00", "[2021..", "a/b"])
def test_bad_iso_text_raises_value_error(text):
    with pytest.raises(ValueError, match="not an ISO"):
        parse_time_value(text)


@given(nst.partial_dates())
def test_partial_date_iso_round_trip(value):
    assert PartialDate.from_iso(value.iso()) == value
    assert parse_time_value(value.iso()) == value


@given(nst.date_ranges())
def test_range_iso_round_trip(value):
    assert DateRange.from_iso(value.iso()) == value
    assert parse_time_value(value.iso()) == value


@given(nst.partial_dates(), nst.partial_dates())
def test_ordering_agrees_with_the_interval(a, b):
    assert (a < b) == ((a.earliest(), a.latest()) < (b.earliest(), b.latest()))
    assert (a <= b) == (not b < a)
    assert sort_key(a) == (a.earliest(), a.latest())


@given(nst.partial_dates())
def test_a_date_contains_its_own_days(value):
    assert value.earliest() in value
    assert value.latest() in value
    assert value in value
    assert value in PartialDate(value.year)


@given(nst.time_values(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_containment_of_a_day_matches_the_bounds(value, day):
    assert (day in value) == (value.earliest() <= day <= value.latest())
