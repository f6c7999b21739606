"""Dates that carry their real precision.

News texts rarely give a full date. "En 2018" is a year, "février 2020" a month, "jeudi" in an
article dated only to a month is *one of four Thursdays*. Turning any of these into a
:class:`datetime.date` would invent a day, so the library keeps two value types instead:

* :class:`PartialDate` -- a year, a month or a day, with its :class:`Precision`;
* :class:`DateRange` -- two partial dates. Its :class:`RangeKind` tells whether the event
  *spans* the whole interval ("du 31 juillet au 3 août 2017") or happened on *one unknown day*
  inside it ("jeudi" when only the month is known).

Both render to ISO 8601 text (EDTF's ``[a..b]`` for "one of"), both parse back from it, both know
the earliest and latest calendar day they allow, and both sort by that interval.
"""

import calendar
import datetime as _dt
import enum
import re

import attrs

__all__ = [
    "DateRange",
    "PartialDate",
    "Precision",
    "RangeKind",
    "TimeValue",
    "parse_time_value",
    "sort_key",
]


class Precision(enum.Enum):
    """How much of a date the source actually states."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class RangeKind(enum.Enum):
    """What an interval means.

    ``SPAN``: the event covers the whole interval (a workshop from 31 July to 3 August).
    ``UNCERTAIN``: the event happened on one day (or month) inside it, which the text does not
    pin down (a weekday named in an article dated only to a month).
    """

    SPAN = "span"
    UNCERTAIN = "uncertain"


def _check_parts(instance: "PartialDate") -> None:
    year, month, day = instance.year, instance.month, instance.day
    if not 1 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    if month is None:
        if day is not None:
            raise ValueError("a day needs a month")
        return
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"day out of range for {year:04d}-{month:02d}: {day}")


_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@attrs.frozen(order=False)
class PartialDate:
    """A calendar date known to a year, a month or a day.

    >>> PartialDate(2023, 8).iso()
    '2023-08'
    >>> PartialDate.from_iso("2014-12-03").precision
    <Precision.DAY: 'day'>
    >>> PartialDate(2021, 2, 4) in PartialDate(2021, 2)
    True

    Ordering compares the interval a date stands for (earliest day, then latest day), so a year
    sorts before its own months and both before the next year.
    """

    year: int = attrs.field(validator=attrs.validators.instance_of(int))
    month: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int))
    )
    day: int | None = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int)))

    def __attrs_post_init__(self) -> None:
        _check_parts(self)

    @classmethod
    def from_date(cls, value: _dt.date) -> "PartialDate":
        """Wrap a full :class:`datetime.date` (day precision)."""
        return cls(value.year, value.month, value.day)

    @classmethod
    def from_iso(cls, text: str) -> "PartialDate":
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise :class:`ValueError` otherwise."""
        match = _ISO_DATE.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not an ISO partial date: {text!r}")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @property
    def precision(self) -> Precision:
        """The finest part the source states."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        """ISO 8601 text at the date's own precision (``2023``, ``2023-08``, ``2023-08-17``)."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.iso()

    def earliest(self) -> _dt.date:
        """The first calendar day this date allows."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        """The last calendar day this date allows."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return _dt.date(self.year, month, day)

    def as_date(self) -> _dt.date:
        """The exact day; raise :class:`ValueError` unless the precision is a day."""
        if self.day is None:
            raise ValueError(f"{self.iso()} is not known to the day")
        return self.earliest()

    def __contains__(self, other: object) -> bool:
        """True when every day *other* allows lies within this date."""
        if isinstance(other, _dt.date):
            return self.earliest() <= other <= self.latest()
        if isinstance(other, (PartialDate, DateRange)):
            return self.earliest() <= other.earliest() and other.latest() <= self.latest()
        return False

    def _key(self) -> tuple[_dt.date, _dt.date]:
        return (self.earliest(), self.latest())

    def __lt__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()


@attrs.frozen
class DateRange:
    """An interval between two partial dates, inclusive at both ends.

    >>> DateRange(PartialDate(2017, 7, 31), PartialDate(2017, 8, 3)).iso()
    '2017-07-31/2017-08-03'
    >>> DateRange(PartialDate(2021, 2, 4), PartialDate(2021, 2, 25), RangeKind.UNCERTAIN).iso()
    '[2021-02-04..2021-02-25]'
    """

    start: PartialDate = attrs.field(validator=attrs.validators.instance_of(PartialDate))
    end: PartialDate = attrs.field(validator=attrs.validators.instance_of(PartialDate))
    kind: RangeKind = attrs.field(default=RangeKind.SPAN, validator=attrs.validators.instance_of(RangeKind))

    def __attrs_post_init__(self) -> None:
        if self.start.earliest() > self.end.latest():
            raise ValueError(f"range ends before it starts: {self.start.iso()} > {self.end.iso()}")

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two ends."""
        order = [Precision.YEAR, Precision.MONTH, Precision.DAY]
        return min(self.start.precision, self.end.precision, key=order.index)

    def iso(self) -> str:
        """ISO 8601 interval ``a/b``; an uncertain range uses EDTF's one-of-a-set ``[a..b]``."""
        if self.kind is RangeKind.UNCERTAIN:
            return f"[{self.start.iso()}..{self.end.iso()}]"
        return f"{self.start.iso()}/{self.end.iso()}"

    def __str__(self) -> str:
        return self.iso()

    @classmethod
    def from_iso(cls, text: str) -> "DateRange":
        """Parse the output of :meth:`iso`; raise :class:`ValueError` otherwise."""
        text = text.strip()
        if text.startswith("[") and text.endswith("]") and ".." in text:
            start, _, end = text[1:-1].partition("..")
            return cls(PartialDate.from_iso(start), PartialDate.from_iso(end), RangeKind.UNCERTAIN)
        start, sep, end = text.partition("/")
        if not sep:
            raise ValueError(f"not an ISO interval: {text!r}")
        return cls(PartialDate.from_iso(start), PartialDate.from_iso(end))

    def earliest(self) -> _dt.date:
        """The first calendar day the range allows."""
        return self.start.earliest()

    def latest(self) -> _dt.date:
        """The last calendar day the range allows."""
        return self.end.latest()

    def __contains__(self, other: object) -> bool:
        """True when every day *other* allows lies within the range."""
        if isinstance(other, _dt.date):
            return self.earliest() <= other <= self.latest()
        if isinstance(other, (PartialDate, DateRange)):
            return self.earliest() <= other.earliest() and other.latest() <= self.latest()
        return False


TimeValue = PartialDate | DateRange
"""Any normalised time value: a partial date or a range."""


def parse_time_value(text: str) -> TimeValue:
    """Parse ISO text produced by ``iso()`` back into a :class:`PartialDate` or :class:`DateRange`.

    >>> parse_time_value("2017-07-31/2017-08-03").kind
    <RangeKind.SPAN: 'span'>
    """
    text = text.strip()
    if "/" in text or text.startswith("["):
        return DateRange.from_iso(text)
    return PartialDate.from_iso(text)


def sort_key(value: TimeValue) -> tuple[_dt.date, _dt.date]:
    """A key that orders partial dates and ranges together by the interval they allow."""
    return (value.earliest(), value.latest())
