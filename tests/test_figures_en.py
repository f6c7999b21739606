"""Personnel figures in English: digit forms, approximations, vague amounts, changes, ranges, exclusions."""

import pytest
from _invariants import assert_cut_from
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_iraq.document import build_document
from nato_iraq.extract import figures
from nato_iraq.extract.figures import parse_number_words
from nato_iraq.extract.lexicon import numbers
from nato_iraq.model import Approximation, FigureRole, PersonnelFigure

A = Approximation
R = FigureRole


def find(text: str) -> tuple[PersonnelFigure, ...]:
    return figures.find(build_document(text, "t", language="en"))


def summary(text: str) -> list[tuple[str, int | None, Approximation, str, FigureRole]]:
    return [(f.span.text, f.value, f.approximation, f.unit, f.role) for f in find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,000 troops", (4000, A.EXACT, "troops")),
        ("4000 soldiers", (4000, A.EXACT, "soldiers")),
        ("4 000 personnel", (4000, A.EXACT, "personnel")),
        ("4\u00a0000 personnel", (4000, A.EXACT, "personnel")),
        ("12,500 service members", (12500, A.EXACT, "service members")),
        ("around 600 trainers", (600, A.APPROXIMATE, "trainers")),
        ("about 500 instructors", (500, A.APPROXIMATE, "instructors")),
        ("some 10,000 troops", (10000, A.APPROXIMATE, "troops")),
        ("nearly 5,000 soldiers", (5000, A.APPROXIMATE, "soldiers")),
        ("an estimated 900 advisers", (900, A.APPROXIMATE, "advisers")),
        ("more than 2,000 personnel", (2000, A.AT_LEAST, "personnel")),
        ("at least 50 officers", (50, A.AT_LEAST, "officers")),
        ("up to 4,000 staff", (4000, A.AT_MOST, "staff")),
        ("fewer than 300 advisors", (300, A.AT_MOST, "advisors")),
        ("300 soldiers or so", (300, A.APPROXIMATE, "soldiers")),
        ("a dozen trainers", (12, A.APPROXIMATE, "trainers")),
        ("dozens of trainers", (None, A.VAGUE, "trainers")),
        ("a few hundred soldiers", (None, A.VAGUE, "soldiers")),
        ("hundreds of troops", (None, A.VAGUE, "troops")),
        ("several thousand troops", (None, A.VAGUE, "troops")),
        ("tens of thousands of troops", (None, A.VAGUE, "troops")),
        ("a handful of instructors", (None, A.VAGUE, "instructors")),
        ("fifty representatives", (50, A.EXACT, "representatives")),
        ("Thirty participants", (30, A.EXACT, "participants")),
        ("twenty-five cadets", (25, A.EXACT, "cadets")),
        ("two hundred and fifty soldiers", (250, A.EXACT, "soldiers")),
        ("a thousand soldiers", (1000, A.EXACT, "soldiers")),
        ("500 military personnel", (500, A.EXACT, "personnel")),
        ("2,500 additional US troops", (2500, A.EXACT, "troops")),
        ("some 2,500 Americans", (2500, A.APPROXIMATE, "Americans")),
        ("90 Belgians", (90, A.EXACT, "Belgians")),
        ("500 of its soldiers", (500, A.EXACT, "soldiers")),
        ("half a dozen advisers", (6, A.APPROXIMATE, "advisers")),
        ("two dozen instructors", (24, A.APPROXIMATE, "instructors")),
        ("a couple of hundred troops", (None, A.VAGUE, "troops")),
        ("tens of trainers", (None, A.VAGUE, "trainers")),
        ("several dozen mentors", (None, A.VAGUE, "mentors")),
        ("nearly 1,000-strong contingent", (1000, A.APPROXIMATE, "contingent")),
        ("2,500 U.S. service members", (2500, A.EXACT, "service members")),
        ("some 900 Danish troops", (900, A.APPROXIMATE, "troops")),
        ("300 Canadian Armed Forces members", (300, A.EXACT, "Forces members")),
        ("80 Belgian military personnel", (80, A.EXACT, "personnel")),
    ],
)
def test_single_figures(text: str, expected: tuple[int | None, Approximation, str]) -> None:
    found = find(f"According to the alliance, {text} were in the country last month.")
    assert [(f.value, f.approximation, f.unit, f.role) for f in found] == [(*expected, R.LEVEL)]
    assert found[0].span.text == text


def test_strong_sizes_the_noun_after_it() -> None:
    assert summary("The 5,200-strong U.S. force will stay.") == [
        ("5,200-strong U.S. force", 5200, A.EXACT, "force", R.LEVEL)
    ]


def test_change_from_approximate_start_to_target() -> None:
    assert summary("The mission will grow from around 500 to 4,000 personnel over the year.") == [
        ("around 500", 500, A.APPROXIMATE, "personnel", R.FROM),
        ("4,000 personnel", 4000, A.EXACT, "personnel", R.TO),
    ]


def test_change_with_noun_on_the_first_figure() -> None:
    assert summary("Its staff will be increased from 500 personnel to 4,000 by the summer.") == [
        ("500 personnel", 500, A.EXACT, "personnel", R.FROM),
        ("4,000", 4000, A.EXACT, "personnel", R.TO),
    ]


def test_change_of_a_strength_noun() -> None:
    assert summary("Troop levels will rise from 800 to 2,000 next spring.") == [
        ("800", 800, A.EXACT, "Troop", R.FROM),
        ("2,000", 2000, A.EXACT, "Troop", R.TO),
    ]


def test_lone_target_after_a_change_verb() -> None:
    assert summary("Allies agreed to increase the mission to 4,000 troops.") == [
        ("4,000 troops", 4000, A.EXACT, "troops", R.TO)
    ]


def test_between_is_a_bounded_range() -> None:
    assert summary("There are between 400 and 500 troops at the base.") == [
        ("400", 400, A.AT_LEAST, "troops", R.LEVEL),
        ("500 troops", 500, A.AT_MOST, "troops", R.LEVEL),
    ]


def test_range_after_a_range_noun() -> None:
    assert summary("Belgium offered a contingent of 150 to 200 soldiers.") == [
        ("150", 150, A.AT_LEAST, "soldiers", R.LEVEL),
        ("200 soldiers", 200, A.AT_MOST, "soldiers", R.LEVEL),
    ]


def test_ceiling_is_an_upper_bound() -> None:
    assert summary("The force has a ceiling of 5,200 troops.") == [("5,200 troops", 5200, A.AT_MOST, "troops", R.LEVEL)]


def test_year_cue_gives_way_to_an_approximation() -> None:
    assert summary("Since 2018 troops have trained there, in excess of 1900 troops at times.") == [
        ("in excess of 1900 troops", 1900, A.AT_LEAST, "troops", R.LEVEL)
    ]


def test_million_with_a_decimal_point() -> None:
    assert summary("The camps hold 1.5 million people.") == [
        ("1.5 million people", 1_500_000, A.EXACT, "people", R.LEVEL)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a budget of $12 million",
        "a grant of 2.5 million euros",
        "20 percent of the troops",
        "20% of soldiers",
        "ambassadors of the 31 countries",
        "all 30 allies",
        "the 29 member states",
        "the 32 NATO members",
        "in 2018 troops and civilians",
        "on 16 August 2023",
        "a two-day meeting",
        "two days of talks",
        "one soldier",
        "one of the officers",
        "three soldiers were killed",
        "a blast killing two contractors",
        "wounded 14 people",
        "several officials said",
        "a training mission",
        "4.000 soldiers",
        "a 45-year-old officer",
        "the 3rd battalion",
        "a force of 500 km range",
        "a deployment of 12 months",
        "a force of $500",
        "half a dozen countries",
        "two dozen allies",
        "troops moved to 2 bases, down from 5",
        "personnel costs rose to 40%",
        "the staff budget was raised to 500 million euros",
        "the number of countries rose to 31",
        "the contingent would be cut by half",
        "the mission will grow to about 4,000",
    ],
)
def test_not_personnel(text: str) -> None:
    assert find(f"Officials noted {text} on Tuesday.") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Allies have kept troop levels of about 3,500 there.", ("about 3,500", 3500, A.APPROXIMATE, "troop levels")),
        ("The alliance deployed a force of 700 to the north.", ("700", 700, A.EXACT, "force")),
        ("The headquarters has a staff of 140.", ("140", 140, A.EXACT, "staff")),
        ("The mission reached a headcount of 650 in May.", ("650", 650, A.EXACT, "headcount")),
        ("Canada keeps a presence of about 250 in Erbil.", ("about 250", 250, A.APPROXIMATE, "presence")),
    ],
)
def test_noun_before_the_number(text: str, expected: tuple[str, int, Approximation, str]) -> None:
    assert summary(text) == [(*expected, R.LEVEL)]


def test_noun_before_keeps_its_own_noun_after() -> None:
    assert summary("Oslo sent a contingent of some 60 soldiers to the base.") == [
        ("some 60 soldiers", 60, A.APPROXIMATE, "soldiers", R.LEVEL)
    ]


def test_bare_target_counts_the_number_of_noun() -> None:
    assert summary("Ministers agreed to raise the number of trainers in the country to 3,600.") == [
        ("3,600", 3600, A.EXACT, "trainers", R.TO)
    ]


def test_bare_target_of_a_strength_noun() -> None:
    assert summary("The mission's strength will be increased to about 3,800 next year.") == [
        ("about 3,800", 3800, A.APPROXIMATE, "strength", R.TO)
    ]
    assert summary("Its personnel will be reduced to 1,200 by the autumn.") == [
        ("1,200", 1200, A.EXACT, "personnel", R.TO)
    ]


def test_change_of_the_number_of_noun() -> None:
    assert summary("The number of allied advisers will climb from about 400 to 1,500.") == [
        ("about 400", 400, A.APPROXIMATE, "advisers", R.FROM),
        ("1,500", 1500, A.EXACT, "advisers", R.TO),
    ]


def test_down_from_is_the_earlier_level_of_the_figure_before() -> None:
    assert summary("Some 2,200 troops remain, down from more than 4,500 last year.") == [
        ("Some 2,200 troops", 2200, A.APPROXIMATE, "troops", R.LEVEL),
        ("more than 4,500", 4500, A.AT_LEAST, "troops", R.FROM),
    ]


def test_vague_start_of_a_change() -> None:
    assert summary("The mission will expand from a few hundred to about 3,000 personnel.") == [
        ("a few hundred", None, A.VAGUE, "personnel", R.FROM),
        ("about 3,000 personnel", 3000, A.APPROXIMATE, "personnel", R.TO),
    ]


def test_vague_amount_then_number_without_change_is_no_pair() -> None:
    assert summary("Hundreds of soldiers and 40 trainers arrived.") == [
        ("Hundreds of soldiers", None, A.VAGUE, "soldiers", R.LEVEL),
        ("40 trainers", 40, A.EXACT, "trainers", R.LEVEL),
    ]


def test_change_with_noun_first_and_approximate_target() -> None:
    assert summary("The force will grow from 600 personnel to around 3,000.") == [
        ("600 personnel", 600, A.EXACT, "personnel", R.FROM),
        ("around 3,000", 3000, A.APPROXIMATE, "personnel", R.TO),
    ]


def test_parse_english_number_words() -> None:
    assert parse_number_words("fifty", "en") == 50
    assert parse_number_words("twenty-five", "en") == 25
    assert parse_number_words("two hundred and fifty", "en") == 250
    assert parse_number_words("three thousand five hundred", "en") == 3500
    assert parse_number_words("a hundred", "en") == 100
    assert parse_number_words("two million", "en") == 2_000_000
    assert parse_number_words("two dozen", "en") == 24
    assert parse_number_words("soldiers", "en") is None
    assert parse_number_words("cinquante", "en") is None


def test_french_documents_keep_french_reading() -> None:
    doc = build_document("Quelque 4.000 militaires et environ 2,5 millions de personnes.", "fr", language="fr")
    assert [(f.value, f.unit) for f in figures.find(doc)] == [(4000, "militaires"), (2_500_000, "personnes")]


def test_language_is_detected_when_not_given() -> None:
    doc = build_document("The alliance said that more than 2,000 troops are now in the country.", "t")
    assert doc.language == "en"
    assert [(f.value, f.approximation) for f in figures.find(doc)] == [(2000, A.AT_LEAST)]


# --- properties ------------------------------------------------------------------------------

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
_ONES += "seventeen eighteen nineteen"
_ONE_WORDS = _ONES.split()
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def _words(n: int) -> str:
    """English words for 2 <= n < 10,000 (``two thousand three hundred and forty-five``)."""
    parts: list[str] = []
    thousands, rest = divmod(n, 1000)
    if thousands:
        parts.append(f"{_words(thousands)} thousand")
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        parts.append(f"{_ONE_WORDS[hundreds]} hundred")
    if rest:
        if parts:
            parts.append("and")
        if rest < 20:
            parts.append(_ONE_WORDS[rest])
        else:
            tens, unit = divmod(rest, 10)
            parts.append(_TENS[tens] + (f"-{_ONE_WORDS[unit]}" if unit else ""))
    return " ".join(parts)


def _digits(n: int, style: str) -> str:
    if style == "plain" or n < 1000:
        return str(n)
    return f"{n:,}".replace(",", {"comma": ",", "space": " ", "nbsp": "\u202f"}[style])


_APPROX = st.sampled_from(sorted(numbers.EN_APPROXIMATIONS))
_NOUNS = st.sampled_from(["troops", "soldiers", "personnel", "trainers", "instructors", "advisers", "staff"])


@settings(max_examples=80)
@given(
    st.integers(min_value=2, max_value=99_999),
    st.sampled_from(["plain", "comma", "space", "nbsp"]),
    st.one_of(st.none(), _APPROX),
    _NOUNS,
)
def test_digit_forms_normalise_to_their_value(value: int, style: str, approx: str | None, noun: str) -> None:
    written = f"{approx} {_digits(value, style)} {noun}" if approx else f"{_digits(value, style)} {noun}"
    found = find(f"The alliance said {written} would stay.")
    assert [(f.value, f.unit, f.span.text) for f in found] == [(value, noun, written)]
    expected = numbers.EN_APPROXIMATIONS[approx] if approx else A.EXACT
    assert found[0].approximation is expected


@settings(max_examples=60)
@given(st.integers(min_value=2, max_value=9_999), _NOUNS)
def test_number_words_normalise_to_their_value(value: int, noun: str) -> None:
    words = _words(value)
    assert parse_number_words(words, "en") == value
    found = find(f"Officials said {words} {noun} took part.")
    assert [(f.value, f.span.text) for f in found] == [(value, f"{words} {noun}")]


@settings(max_examples=60)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-abcdeoftrsuhnAT$%'\n")), max_size=120))
def test_find_never_raises_and_spans_are_exact(text: str) -> None:
    doc = build_document(text, "t", language="en")
    assert_cut_from(doc, *(figure.span for figure in figures.find(doc)))
