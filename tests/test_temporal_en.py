"""Tests for :mod:`nato_iraq.extract.temporal` on English copy: sentences written for it, plus properties."""

import datetime as dt

import pytest
from _invariants import check_timexes
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_iraq.dates import DateRange, PartialDate, RangeKind, TimeValue
from nato_iraq.document import DateBasis, Document, build_document
from nato_iraq.extract.temporal import document_date, find
from nato_iraq.model import TemporalExpression, TimexKind

U = RangeKind.UNCERTAIN
P = PartialDate.from_iso
D, R, S, N, G = TimexKind.DATE, TimexKind.RELATIVE, TimexKind.SINCE, TimexKind.DURATION, TimexKind.RANGE


def doc(text: str, header: str | None = None) -> Document:
    if header is not None:
        text = f" date {header} {text}"
    return build_document(text, "t", language="en")


def exprs(text: str, header: str | None = None) -> list[TemporalExpression]:
    """The expressions of *text*, without the header date itself."""
    found = find(doc(text, header))
    return [e for e in found if header is None or e.span.text != header]


def one(text: str, header: str | None = None) -> TemporalExpression:
    found = exprs(text, header)
    assert len(found) == 1, [(e.span.text, e.value) for e in found]
    return found[0]


def table(text: str, header: str | None = None) -> list[tuple[str, TimexKind, TimeValue | None, bool]]:
    return [(e.span.text, e.kind, e.value, e.anchored) for e in exprs(text, header)]


def rng(a: str, b: str, kind: RangeKind = RangeKind.SPAN) -> DateRange:
    return DateRange(P(a), P(b), kind)


# --- full and partial dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The agreement was signed on March 5, 2018 in Baghdad.", "March 5, 2018", P("2018-03-05")),
        ("The agreement was signed on 5 March 2018 in Baghdad.", "5 March 2018", P("2018-03-05")),
        ("The mission was set up on Dec. 16, 2004 by the Council.", "Dec. 16, 2004", P("2004-12-16")),
        ("Allied trainers left Iraq in Feb 2020, officials said.", "Feb 2020", P("2020-02")),
        ("Allied trainers left Iraq in February 2020, officials said.", "February 2020", P("2020-02")),
        ("NATO Mission Iraq was launched in 2018 at Baghdad's request.", "2018", P("2018")),
        ("The summit opened on Wednesday, July 11, 2018 in Brussels.", "Wednesday, July 11, 2018", P("2018-07-11")),
        ("The meeting is set for Thursday, 18 February 2021.", "Thursday, 18 February 2021", P("2021-02-18")),
        ("The statement is dated 2018-02-14 on the website.", "2018-02-14", P("2018-02-14")),
        ("The 2003 invasion changed the alliance's debate.", "2003", P("2003")),
        ("Coalition strikes began in the 1990s, analysts noted.", "1990s", rng("1990", "1999")),
        ("The mission ended on the 31st of December 2011.", "31st of December 2011", P("2011-12-31")),
        ("The council met on Sept. 3, 2019 and agreed.", "Sept. 3, 2019", P("2019-09-03")),
    ],
)
def test_explicit_dates(sentence: str, span: str, value: TimeValue) -> None:
    found = one(sentence)
    assert (found.span.text, found.kind, found.value, found.anchored) == (span, D, value, False)


def test_since_and_by() -> None:
    assert table("Since 2018, NATO has advised Iraqi officials; it will stay until 2025.") == [
        ("Since 2018", S, P("2018"), False),
        ("2025", D, P("2025"), False),
    ]
    found = one("Trainers have worked in Baghdad since January 2015.")
    assert (found.span.text, found.kind, found.value) == ("since January 2015", S, P("2015-01"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The alliance now has 31 countries and 4,000 troops in the region.",
        "Article 5 of the Washington Treaty was not invoked.",
        "NATO may expand the mission if Baghdad asks, a diplomat said.",
        "Allies may decide later, said Theresa May, who met Jan Kubis.",
        "Resolution 2170 targets Islamic State and its funding.",
        "Between 2000 and 3000 troops could be deployed, from 1900 to 2000 soldiers.",
        "Convoys march 20 km a day, and the may 5 note was not a date.",
        "The Spring offensive never came; the fall of Mosul was swift.",
        "It was a day of mourning, one of the darkest of the war.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert exprs(sentence) == []


# --- relative expressions against a day anchor ---------------------------------------------------


def test_deictic_words_against_a_day() -> None:
    text = (
        "The minister spoke yesterday and will speak again tomorrow. Today, he met his counterparts. "
        "He had written last week, then last month, and last year. "
        "He will be back next week and next year; allies met earlier this week and this month."
    )
    assert table(text, "2018-02-14") == [
        ("yesterday", R, P("2018-02-13"), True),
        ("tomorrow", R, P("2018-02-15"), True),
        ("Today", R, P("2018-02-14"), True),
        ("last week", R, rng("2018-02-05", "2018-02-11", U), True),
        ("last month", R, P("2018-01"), True),
        ("last year", R, P("2017"), True),
        ("next week", R, rng("2018-02-19", "2018-02-25", U), True),
        ("next year", R, P("2019"), True),
        ("earlier this week", R, rng("2018-02-12", "2018-02-18", U), True),
        ("this month", R, P("2018-02"), True),
    ]


def test_weekdays_against_a_day() -> None:
    # 2018-02-14 is a Wednesday
    assert one("The Secretary General announced on Thursday more trainers.", "2018-02-14").value == P("2018-02-08")
    assert one("Ministers will meet on Thursday in Brussels.", "2018-02-14").value == P("2018-02-15")
    assert one("Allies said Tuesday that they agreed.", "2018-02-14").value == P("2018-02-13")
    assert one("He said it last Wednesday to reporters.", "2018-02-14").value == P("2018-02-07")
    found = one("He will say it next Wednesday to reporters.", "2018-02-14")
    assert (found.span.text, found.value, found.anchored) == ("next Wednesday", P("2018-02-21"), True)


def test_month_without_year_follows_the_tense() -> None:
    assert one("The mission began in July with 500 trainers.", "2018-02-14").value == P("2017-07")
    assert one("The mission could be launched in July, a diplomat said.", "2018-02-14").value == P("2018-07")
    assert one("The request will be examined in March by the Council.", "2018-02-14").value == P("2018-03")
    assert one("Leaders may decide by May on the size of the force.", "2018-02-14").value == P("2018-05")


def test_may_as_a_month() -> None:
    assert table("Allies met in May and again last May; the next talks are set for next May.", "2018-05-20") == [
        ("May", R, P("2018-05"), True),
        ("last May", R, P("2017-05"), True),
        ("next May", R, P("2019-05"), True),
    ]
    assert table("The mission has run since May and will run until May.", "2018-08") == [
        ("since May", S, P("2018-05"), True),
        ("May", R, P("2019-05"), True),
    ]


def test_day_and_month_without_year() -> None:
    assert one("The deadline of March 5th is approaching, officials said.", "2021-02").value == P("2020-03-05")
    assert one("The force must be ready by December 31, the plan says.", "2021-02-10").value == P("2021-12-31")
    found = one("He was appointed on the 3rd of November by the Council.", "2021-02")
    assert (found.span.text, found.kind, found.value, found.anchored) == ("3rd of November", R, P("2020-11-03"), True)


# --- relative expressions against a month anchor -------------------------------------------------


def test_weekday_against_a_month_is_uncertain() -> None:
    found = one("NATO announced on Thursday it would send more trainers.", "2021-02")
    assert (found.value, found.anchored) == (rng("2021-02-04", "2021-02-25", U), True)


def test_no_anchor_no_value() -> None:
    text = "The minister spoke on Tuesday and Thursday, last month and last year, and will return in July."
    found = exprs(text)
    assert [e.span.text for e in found] == ["Tuesday", "Thursday", "last month", "last year", "July"]
    assert all(e.value is None and e.anchored is False for e in found)


# --- ranges ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("NTM-I trained officers from 2004 to 2011 in Iraq.", "from 2004 to 2011", rng("2004", "2011")),
        ("The coalition struck Islamic State between 2014 and 2017.", "between 2014 and 2017", rng("2014", "2017")),
        (
            "A workshop was held July 31 to August 3, 2017 in Baghdad.",
            "July 31 to August 3, 2017",
            rng("2017-07-31", "2017-08-03"),
        ),
        (
            "A workshop was held 31 July-3 August 2017 in Baghdad.",
            "31 July-3 August 2017",
            rng("2017-07-31", "2017-08-03"),
        ),
        ("Ministers meet 14-16 February 2018 in Brussels.", "14-16 February 2018", rng("2018-02-14", "2018-02-16")),
        ("Ministers meet February 14-16, 2018 in Brussels.", "February 14-16, 2018", rng("2018-02-14", "2018-02-16")),
        (
            "Ministers meet on 14 and 15 February 2018 in Brussels.",
            "14 and 15 February 2018",
            rng("2018-02-14", "2018-02-15"),
        ),
        (
            "The course ran from January to March 2019 in Taji.",
            "from January to March 2019",
            rng("2019-01", "2019-03"),
        ),
        (
            "Courses ran from December 28 to January 3, 2018 at the base.",
            "from December 28 to January 3, 2018",
            rng("2017-12-28", "2018-01-03"),
        ),
        ("The NTM-I mission (2004-2011) trained 15,000 officers.", "2004-2011", rng("2004", "2011")),
    ],
)
def test_ranges(sentence: str, span: str, value: DateRange) -> None:
    found = one(sentence)
    assert (found.span.text, found.kind, found.value, found.anchored) == (span, G, value, False)


def test_and_makes_a_range_only_after_between() -> None:
    assert table("Attacks rose in 2014 and in 2017, officials said.") == [
        ("2014", D, P("2014"), False),
        ("2017", D, P("2017"), False),
    ]


# --- fuzzy parts and seasons ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value"),
    [
        ("The base closed in late 2017, the army said.", "late 2017", D, rng("2017-10", "2017-12", U)),
        ("Reinforcements arrived in early 2019 in Baghdad.", "early 2019", D, rng("2019-01", "2019-03", U)),
        ("The mandate runs until mid-2022 at least.", "mid-2022", D, rng("2022-05", "2022-08", U)),
        ("Denmark took over at the end of last year.", "end of last year", R, rng("2020-10", "2020-12", U)),
        ("The force must be ready by the end of the year.", "end of the year", R, rng("2021-10", "2021-12", U)),
        ("Trainers arrived in mid-March in Baghdad.", "mid-March", R, rng("2020-03-11", "2020-03-20", U)),
        ("The exercise took place in late February 2020.", "late February 2020", D, rng("2020-02-21", "2020-02-29", U)),
        ("The withdrawal was completed in spring 2019.", "spring 2019", D, rng("2019-03", "2019-05", U)),
        ("Numbers will double in the first half of 2022.", "first half of 2022", D, rng("2022-01", "2022-06", U)),
        ("Fighting peaked in the summer of 2014.", "summer of 2014", D, rng("2014-06", "2014-08", U)),
        ("A decision is expected early next year.", "early next year", R, rng("2022-01", "2022-03", U)),
    ],
)
def test_fuzzy_parts(sentence: str, span: str, kind: TimexKind, value: TimeValue) -> None:
    found = one(sentence, "2021-02")
    assert (found.span.text, found.kind, found.value) == (span, kind, value)


def test_since_a_fuzzy_part() -> None:
    found = one("Since the beginning of 2019, the mission has trained officers.")
    assert (found.span.text, found.kind, found.value) == (
        "Since the beginning of 2019",
        S,
        rng("2019-01", "2019-03", U),
    )


@pytest.mark.parametrize(
    ("sentence", "header", "span", "value"),
    [
        ("The mission should be operational in the autumn.", "2018-07", "the autumn", rng("2018-09", "2018-11", U)),
        ("The first contingent will leave in the spring.", "2019-11", "the spring", rng("2020-03", "2020-05", U)),
        ("The plan was adopted in the spring.", "2019-11", "the spring", rng("2019-03", "2019-05", U)),
        ("Ministers had discussed it last autumn.", "2018-03", "last autumn", rng("2017-09", "2017-11", U)),
        ("Trainers will arrive this summer.", "2019-02", "this summer", rng("2019-06", "2019-08", U)),
        ("A review is due in the fall, diplomats said.", "2019-02", "the fall", rng("2019-09", "2019-11", U)),
        (
            "Officers have trained in Amman since the spring.",
            "2016-07",
            "since the spring",
            rng("2016-03", "2016-05", U),
        ),
    ],
)
def test_seasons_without_a_year(sentence: str, header: str, span: str, value: DateRange) -> None:
    found = one(sentence, header)
    kind = S if span.startswith("since") else R
    assert (found.span.text, found.kind, found.value, found.anchored) == (span, kind, value, True)


# --- durations ---------------------------------------------------------------------------------------


def test_durations() -> None:
    text = (
        "Canada led the mission over the past two years. Allies will consult in the coming weeks, "
        "after a two-day meeting that lasted two days. NATO has trained officers over the past decade."
    )
    assert table(text, "2021-02") == [
        ("the past two years", N, rng("2019-02", "2021-02"), True),
        ("the coming weeks", N, None, False),
        ("two days", N, None, False),
        ("the past decade", N, rng("2011-02", "2021-02"), True),
    ]


def test_counted_back_and_forward() -> None:
    assert table("Two years ago, Islamic State held Mosul; allies will decide in three weeks.", "2021-02-10") == [
        ("Two years ago", R, P("2019"), True),
        ("in three weeks", R, rng("2021-03-01", "2021-03-07", U), True),
    ]
    assert one("It was the deadliest attack in two years, police said.", "2021-02-10").value is None


def test_article_counts_need_a_duration_word() -> None:
    assert table("Trainers will stay for a year; a year ago nothing was ready. It was a day of calm.", "2021-02") == [
        ("a year", N, None, False),
        ("a year ago", R, P("2020"), True),
    ]


# --- numeric dates -----------------------------------------------------------------------------------


def test_numeric_dates_in_english() -> None:
    assert one("The note dated 02/14/2018 lists the numbers.").value == P("2018-02-14")
    assert one("The note dated 14/02/2018 lists the numbers.").value == P("2018-02-14")
    # ambiguous: the US order of wire copy...
    assert one("The note dated 03/04/2018 lists the numbers.").value == P("2018-03-04")
    # ...unless the document's other numeric dates put the day first
    assert table("Notes dated 14/02/2018 and 03/04/2018 list the numbers.") == [
        ("14/02/2018", D, P("2018-02-14"), False),
        ("03/04/2018", D, P("2018-04-03"), False),
    ]


def test_french_numeric_dates_keep_the_day_first() -> None:
    found = find(build_document("La note du 03/04/2018 donne les chiffres de la mission.", "f", language="fr"))
    assert [e.value for e in found] == [P("2018-04-03")]


# --- the document date ---------------------------------------------------------------------------


def test_wire_dateline_with_a_header_year() -> None:
    text = (
        " date 2018-02 NATO to plan Iraq training mission\n"
        "BRUSSELS, Feb 15 (Reuters) - NATO defence ministers agreed on Thursday to plan a mission."
    )
    document = build_document(text, "r")
    dated = document_date(document)
    assert dated is not None
    assert (dated.value, dated.basis, dated.evidence and dated.evidence.text) == (
        P("2018-02-15"),
        DateBasis.DATELINE,
        "Feb 15",
    )
    assert [(e.span.text, e.value) for e in find(document) if e.span.text != "2018-02"] == [
        ("Feb 15", P("2018-02-15")),
        ("Thursday", P("2018-02-15")),
    ]


def test_wire_dateline_outside_the_header_is_ignored() -> None:
    text = " date 2018-03 Headline\nBRUSSELS, Feb 15 (Reuters) - Ministers agreed on Thursday to plan a mission."
    dated = document_date(build_document(text, "r"))
    assert dated is not None
    assert (dated.value, dated.basis) == (P("2018-03"), DateBasis.HEADER)


def test_wire_dateline_without_a_header() -> None:
    # the year comes from the latest past date the text mentions: the first Feb 15 after it
    text = (
        "NATO to plan Iraq training mission\n"
        "BRUSSELS, Feb 15 (Reuters) - NATO defence ministers agreed on Thursday to plan a mission.\n"
        "Iraq declared victory over Islamic State in December 2017."
    )
    dated = document_date(build_document(text, "r"))
    assert dated is not None
    assert (dated.value, dated.basis, dated.evidence and dated.evidence.text) == (
        P("2018-02-15"),
        DateBasis.INFERRED,
        "Feb 15",
    )
    # with no date at all in the text, the stamp cannot be dated to the year
    text = "NATO to plan Iraq mission\nBRUSSELS, Feb 15 (Reuters) - Ministers agreed on Thursday to plan a mission."
    assert document_date(build_document(text, "r")) is None


def test_updated_byline() -> None:
    text = (
        "NATO extends Iraq mission\nBy Jane Doe\nUpdated 14 Feb 2021\n\n"
        "BRUSSELS (AP) - NATO defense ministers agreed Thursday to expand the mission."
    )
    document = build_document(text, "a")
    dated = document_date(document)
    assert dated is not None
    assert (dated.value, dated.basis) == (P("2021-02-14"), DateBasis.BYLINE)
    assert [(e.span.text, e.value) for e in find(document)][-1] == ("Thursday", P("2021-02-11"))


def test_dateline_in_the_opening_sentence() -> None:
    text = (
        "NATO Secretary General meets Iraqi Prime Minister\n"
        "On Tuesday (3 December 2019), the Secretary General met the Prime Minister, who will return in June. "
        "Allies had discussed the request in November."
    )
    document = build_document(text, "n")
    assert document.language == "en"
    dated = document_date(document)
    assert dated is not None
    assert (dated.value, dated.basis) == (P("2019-12-03"), DateBasis.DATELINE)
    assert table(text) == [
        ("Tuesday", R, P("2019-12-03"), True),
        ("3 December 2019", D, P("2019-12-03"), False),
        ("June", R, P("2020-06"), True),
        ("November", R, P("2019-11"), True),
    ]


def test_typographic_variants() -> None:
    text = "He said it last\u00a0year and on 3\u202fDecember\u00a02014 in\u00a0Baghdad, \u201cToday\u201d too."
    assert [(e.span.text, e.value) for e in exprs(text, "2015-01-10")] == [
        ("last\u00a0year", P("2014")),
        ("3\u202fDecember\u00a02014", P("2014-12-03")),
        ("Today", P("2015-01-10")),
    ]


# --- properties ----------------------------------------------------------------------------------

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ABBREVIATED = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@st.composite
def rendered_dates(draw: st.DrawFn) -> tuple[str, PartialDate]:
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    form = draw(st.sampled_from(["us", "british", "ordinal", "of", "abbreviated", "month", "year", "numeric", "iso"]))
    name = _MONTHS[day.month - 1]
    full = PartialDate.from_date(day)
    if form == "us":
        return f"on {name} {day.day}, {day.year}", full
    if form == "british":
        return f"on {day.day} {name} {day.year}", full
    if form == "ordinal":
        return f"on {name} {_ordinal(day.day)}, {day.year}", full
    if form == "of":
        return f"on the {_ordinal(day.day)} of {name} {day.year}", full
    if form == "abbreviated":
        return f"on {_ABBREVIATED[day.month - 1]} {day.day}, {day.year}", full
    if form == "month":
        return f"in {name} {day.year}", PartialDate(day.year, day.month)
    if form == "numeric":
        return f"on {day.month:02d}/{day.day:02d}/{day.year}", full
    if form == "iso":
        return f"on {day.isoformat()}", full
    return f"in {day.year}", PartialDate(day.year)


@settings(max_examples=300, deadline=None)
@given(
    rendered_dates(),
    st.sampled_from(
        [
            "Ministers met {} in Brussels.",
            "{}, NATO decided to act.",
            "According to Reuters, the mission started {}.",
        ]
    ),
)
def test_every_rendering_reads_back(rendered: tuple[str, PartialDate], template: str) -> None:
    text, value = rendered
    sentence = template.format(text)
    sentence = sentence[0].upper() + sentence[1:]
    found = exprs(sentence)
    assert len(found) == 1, [(e.span.text, e.value) for e in found]
    assert found[0].value == value
    assert found[0].value.precision is value.precision


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 28)),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 28)),
    st.booleans(),
)
def test_every_range_reads_back(first: dt.date, second: dt.date, american: bool) -> None:
    start, end = sorted((first, second))
    if start == end:
        end = start + dt.timedelta(days=1)
    if american:
        text = f"{_MONTHS[start.month - 1]} {start.day}, {start.year} to {_MONTHS[end.month - 1]} {end.day}, {end.year}"
    else:
        text = f"{start.day} {_MONTHS[start.month - 1]} {start.year}-{end.day} {_MONTHS[end.month - 1]} {end.year}"
    found = one(f"The course ran {text} at the base.")
    assert (found.kind, found.value) == (G, DateRange(PartialDate.from_date(start), PartialDate.from_date(end)))


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(0, 6))
def test_weekday_is_the_last_such_day(anchor: dt.date, weekday: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    found = one(f"The Secretary General announced on {name} the dispatch of trainers.", anchor.isoformat())
    assert isinstance(found.value, PartialDate)
    day = found.value.as_date()
    assert day.weekday() == weekday
    assert 0 <= (anchor - day).days <= 6


_WORDS = st.sampled_from(
    [
        "the",
        "on",
        "in",
        "since",
        "from",
        "to",
        "between",
        "and",
        "by",
        "end",
        "of",
        "late",
        "mid-",
        "early",
        "last",
        "next",
        "this",
        "year",
        "week",
        "Thursday",
        "May",
        "may",
        "December",
        "Dec.",
        "Sept.",
        "2014",
        "1990s",
        "5th",
        "31",
        "13",
        "4,000",
        "-",
        "/",
        "ago",
        "two",
        "years",
        "past",
        "coming",
        "spring",
        "fall",
        "(",
        ")",
        ",",
        ".",
        "\n",
        "\u00a0",
        "\u201c",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=40).map(" ".join)),
    st.sampled_from([None, "2021-02", "2021-02-11", "2021"]),
)
def test_arbitrary_text_never_raises(text: str, header: str | None) -> None:
    document = doc(text, header)
    found = find(document)
    document_date(document)
    check_timexes(document, found)
