"""Tests for :mod:`nato_iraq.extract.temporal`: sentences written for it, plus properties."""

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


def doc(text: str, header: str | None = None) -> Document:
    if header is not None:
        text = f" date {header} {text}"
    return build_document(text, "t")


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
    return DateRange(PartialDate.from_iso(a), PartialDate.from_iso(b), kind)


P = PartialDate.from_iso

# --- full and partial dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Le ministre est arrivé le 3 décembre 2014 à Bagdad.", "3 décembre 2014", P("2014-12-03")),
        ("L'accord a été signé le 1er mai 2021 à Erbil.", "1er mai 2021", P("2021-05-01")),
        ("La mission a été créée le 16 déc. 2004 par le Conseil.", "16 déc. 2004", P("2004-12-16")),
        ("Les troupes sont parties en février 2020, selon l'Alliance.", "février 2020", P("2020-02")),
        ("Le sommet de Varsovie s'est tenu en juil. 2016.", "juil. 2016", P("2016-07")),
        ("Les formateurs sont arrivés en sept. 2018.", "sept. 2018", P("2018-09")),
        ("La NMI a été lancée en 2018 à la demande de Bagdad.", "2018", P("2018")),
        ("Le texte publié le 14/02/2018 précise les effectifs.", "14/02/2018", P("2018-02-14")),
        ("Une note datée du 15.02.2018 le confirme.", "15.02.2018", P("2018-02-15")),
        ("Le communiqué 2018-02-14 a été mis en ligne.", "2018-02-14", P("2018-02-14")),
        ("The statement is dated February 2018 in the English text.", "February 2018", P("2018-02")),
        ("Signé le 17 August 2023 selon la version anglaise.", "17 August 2023", P("2023-08-17")),
        ("La réunion du mercredi 3 décembre 2014 a duré deux heures.", "mercredi 3 décembre 2014", P("2014-12-03")),
        ("Cette mission a opéré jusqu'en 2011 dans le pays.", "2011", P("2011")),
        ("Dans les années 1990, l'Irak était sous embargo.", "années 1990", DateRange(P("1990"), P("1999"))),
    ],
)
def test_explicit_dates(sentence: str, span: str, value: TimeValue) -> None:
    found = one(sentence)
    assert found.span.text == span
    assert found.kind is TimexKind.DATE
    assert found.value == value
    assert found.anchored is False


def test_since() -> None:
    found = one("Depuis 2016, l'Alliance forme des officiers irakiens.")
    assert (found.span.text, found.kind, found.value) == ("Depuis 2016", TimexKind.SINCE, P("2016"))
    found = one("La coalition est présente depuis janvier 2015 dans le pays.")
    assert (found.span.text, found.kind, found.value) == ("depuis janvier 2015", TimexKind.SINCE, P("2015-01"))


@pytest.mark.parametrize(
    "sentence",
    [
        "L'Alliance rassemble 31 pays et 4 000 soldats.",
        "Quelque 2 500 Américains et 1 200 soldats européens sont déployés.",
        "L'article 5 du traité n'a pas été invoqué.",
        "La conférence commence à 10h32 précises.",
        "Pour joindre le service de presse, composez le 02 707 50 41.",
        "La résolution 2170 du Conseil de sécurité vise l'EI.",
        "Ils étaient de 1900 à 2000 soldats sur la base, et en 2000 soldats le lendemain.",
        "Sept soldats ont été blessés et le premier ministre a réagi.",
        "Il a reçu le 31 février 2018 une lettre, et une autre le 45/13/2018.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert exprs(sentence) == []


# --- relative expressions against a day anchor ----------------------------------------------------


def test_deictic_words_against_a_day() -> None:
    text = (
        "Le ministre a parlé hier et parlera demain. Aujourd'hui, il a reçu ses homologues. "
        "Il avait écrit la semaine dernière, puis le mois dernier, et l'an dernier. "
        "Il reviendra la semaine prochaine et l'année prochaine."
    )
    assert table(text, "2018-02-14") == [
        ("hier", TimexKind.RELATIVE, P("2018-02-13"), True),
        ("demain", TimexKind.RELATIVE, P("2018-02-15"), True),
        ("Aujourd'hui", TimexKind.RELATIVE, P("2018-02-14"), True),
        ("la semaine dernière", TimexKind.RELATIVE, rng("2018-02-05", "2018-02-11", U), True),
        ("le mois dernier", TimexKind.RELATIVE, P("2018-01"), True),
        ("l'an dernier", TimexKind.RELATIVE, P("2017"), True),
        ("la semaine prochaine", TimexKind.RELATIVE, rng("2018-02-19", "2018-02-25", U), True),
        ("l'année prochaine", TimexKind.RELATIVE, P("2019"), True),
    ]


def test_weekdays_against_a_day() -> None:
    # 2018-02-14 is a Wednesday
    assert one("Le secrétaire général a annoncé jeudi un renfort.", "2018-02-14").value == P("2018-02-08")
    assert one("Le secrétaire général a annoncé mercredi un renfort.", "2018-02-14").value == P("2018-02-14")
    assert one("Les ministres se réuniront jeudi à Bruxelles.", "2018-02-14").value == P("2018-02-15")
    assert one("Une réunion est prévue vendredi au siège.", "2018-02-14").value == P("2018-02-16")
    assert one("Il l'a dit mercredi dernier à la presse.", "2018-02-14").value == P("2018-02-07")
    assert one("Il le dira mercredi prochain à la presse.", "2018-02-14").value == P("2018-02-21")
    found = one("Ce mardi, le Conseil a tranché.", "2018-02-14")
    assert (found.span.text, found.value, found.anchored) == ("Ce mardi", P("2018-02-13"), True)


def test_month_without_year_follows_the_tense() -> None:
    assert one("La mission a débuté en juillet avec 500 formateurs.", "2018-02-14").value == P("2017-07")
    assert one("La mission pourrait être lancée en juillet, selon un diplomate.", "2018-02-14").value == P("2018-07")
    assert one("La demande sera examinée en mars par le Conseil.", "2018-02-14").value == P("2018-03")
    # the past clause wins over a future verb after the comma
    found = one("Comme l'ont décidé les Alliés en septembre, la demande sera étudiée.", "2018-02-14")
    assert found.value == P("2017-09")


def test_day_and_month_without_year() -> None:
    assert one("L'échéance du 1er mai prochain approche.", "2021-02").value == P("2021-05-01")
    assert one("Il a été nommé le 3 novembre par le Conseil.", "2021-02").value == P("2020-11-03")
    found = one("Le retrait fixé au 1er mai prochain inquiète.", "2021-02-10")
    assert (found.span.text, found.kind, found.anchored) == ("1er mai prochain", TimexKind.RELATIVE, True)


# --- relative expressions against a month anchor -------------------------------------------------


def test_weekday_against_a_month_is_uncertain() -> None:
    found = one("L'Otan a annoncé jeudi l'envoi de renforts.", "2021-02")
    assert found.value == rng("2021-02-04", "2021-02-25", U)
    assert found.anchored is True


def test_weekday_with_day_against_a_month() -> None:
    # 13 February 2018 is a Tuesday; 13 March 2018 too, so a past context keeps February
    assert one("Les ministres se sont réunis mardi 13 à Bruxelles.", "2018-02").value == P("2018-02-13")
    # Friday 13 is not in October 2017 but is in the month before
    assert one("Il a été reçu vendredi 13 par le ministre.", "2017-11").value == P("2017-10-13")


def test_deictic_words_against_a_month() -> None:
    text = "Aujourd'hui, le Conseil a décidé. J'ai parlé cette semaine au ministre, et l'an dernier aussi."
    assert table(text, "2021-02") == [
        ("Aujourd'hui", TimexKind.RELATIVE, P("2021-02"), True),
        ("cette semaine", TimexKind.RELATIVE, rng("2021-02-01", "2021-02-28", U), True),
        ("l'an dernier", TimexKind.RELATIVE, P("2020"), True),
    ]
    assert one("Il a écrit au Conseil le mois dernier.", "2021-02").value == P("2021-01")
    assert one("Il a écrit hier au Conseil.", "2021-03").value == rng("2021-02-28", "2021-03-30", U)


def test_no_anchor_no_value() -> None:
    text = "Le ministre a parlé mardi et jeudi, le mois dernier et l'an passé, et reviendra en juillet."
    found = exprs(text)
    assert [e.span.text for e in found] == ["mardi", "jeudi", "le mois dernier", "l'an passé", "juillet"]
    assert all(e.value is None and e.anchored is False for e in found)


def test_year_anchor_keeps_years_only() -> None:
    assert one("Il a parlé jeudi au Conseil.", "2019").value is None
    assert one("Il a parlé l'an dernier au Conseil.", "2019").value == P("2018")
    assert one("Il a parlé le mois dernier au Conseil.", "2019").value is None


# --- ranges ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        (
            "Un séminaire s'est tenu du 12 juin au 2 juillet 2019 à Rome.",
            "du 12 juin au 2 juillet 2019",
            rng("2019-06-12", "2019-07-02"),
        ),
        ("Un stage a eu lieu du 3 au 5 mars 2019 à Bagdad.", "du 3 au 5 mars 2019", rng("2019-03-03", "2019-03-05")),
        (
            "La session s'est déroulée du 28 décembre au 3 janvier 2018.",
            "du 28 décembre au 3 janvier 2018",
            rng("2017-12-28", "2018-01-03"),
        ),
        ("La mission NTM-I a formé des cadres de 2004 à 2011.", "de 2004 à 2011", rng("2004", "2011")),
        ("La coalition a frappé l'EI entre 2014 et 2017.", "entre 2014 et 2017", rng("2014", "2017")),
        ("La mission NTM-I (2004-2011) a formé 15 000 cadres.", "2004-2011", rng("2004", "2011")),
        (
            "Les ministres se réunissent les 14 et 15 février 2018 à Bruxelles.",
            "les 14 et 15 février 2018",
            rng("2018-02-14", "2018-02-15"),
        ),
        ("Un atelier est prévu 14-15 février 2018 à Erbil.", "14-15 février 2018", rng("2018-02-14", "2018-02-15")),
        # ``les`` opens the range, which wins over the point ``14 février`` after the leading word
        # ``les`` (see the order of attempts in ``temporal._patterns``)
        (
            "Les exercices se sont tenus les 14 février et 15 mars 2018.",
            "les 14 février et 15 mars 2018",
            rng("2018-02-14", "2018-03-15"),
        ),
        ("Les cours ont duré de janvier à mars 2019.", "de janvier à mars 2019", rng("2019-01", "2019-03")),
    ],
)
def test_ranges(sentence: str, span: str, value: DateRange) -> None:
    found = one(sentence)
    assert (found.span.text, found.kind, found.value, found.anchored) == (span, TimexKind.RANGE, value, False)


# --- fuzzy parts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value"),
    [
        ("Le mandat court jusqu'à la mi-2022 au moins.", "mi-2022", TimexKind.DATE, rng("2022-05", "2022-08", U)),
        ("Les renforts sont arrivés début 2019 à Bagdad.", "début 2019", TimexKind.DATE, rng("2019-01", "2019-03", U)),
        ("La base a fermé fin 2017, selon l'armée.", "fin 2017", TimexKind.DATE, rng("2017-10", "2017-12", U)),
        (
            "Le Danemark a pris la relève à la fin de l'an dernier.",
            "fin de l'an dernier",
            TimexKind.RELATIVE,
            rng("2020-10", "2020-12", U),
        ),
        (
            "Les formateurs sont arrivés mi-mars à Bagdad.",
            "mi-mars",
            TimexKind.RELATIVE,
            rng("2020-03-11", "2020-03-20", U),
        ),
        (
            "L'exercice a eu lieu fin février 2020.",
            "fin février 2020",
            TimexKind.DATE,
            rng("2020-02-21", "2020-02-29", U),
        ),
        ("Le retrait a été achevé au printemps 2019.", "printemps 2019", TimexKind.DATE, rng("2019-03", "2019-05", U)),
        ("Le plan sera appliqué courant 2022.", "courant 2022", TimexKind.DATE, P("2022")),
        (
            "Les effectifs doubleront au premier semestre 2022.",
            "premier semestre 2022",
            TimexKind.DATE,
            rng("2022-01", "2022-06", U),
        ),
    ],
)
def test_fuzzy_parts(sentence: str, span: str, kind: TimexKind, value: TimeValue) -> None:
    found = one(sentence, "2021-02")
    assert (found.span.text, found.kind, found.value) == (span, kind, value)


def test_since_a_fuzzy_part() -> None:
    found = one("Depuis début 2019, la mission forme des officiers.")
    expected = ("Depuis début 2019", TimexKind.SINCE, rng("2019-01", "2019-03", U))
    assert (found.span.text, found.kind, found.value) == expected


# --- durations ---------------------------------------------------------------------------------------


def test_durations() -> None:
    text = (
        "Le Canada a commandé la mission au cours des deux dernières années. Les alliés se consulteront "
        "au cours des prochaines semaines, après une réunion de deux jours."
    )
    assert table(text, "2021-02") == [
        ("au cours des deux dernières années", TimexKind.DURATION, rng("2019-02", "2021-02"), True),
        ("au cours des prochaines semaines", TimexKind.DURATION, None, False),
        ("deux jours", TimexKind.DURATION, None, False),
    ]


def test_counted_back_and_forward() -> None:
    assert table("Il y a deux ans, l'EI tenait Mossoul; dans trois semaines, tout change.", "2021-02-10") == [
        ("Il y a deux ans", TimexKind.RELATIVE, P("2019"), True),
        ("dans trois semaines", TimexKind.RELATIVE, rng("2021-03-01", "2021-03-07", U), True),
    ]


# --- furniture and the document date --------------------------------------------------------------


def test_byline_refines_the_header() -> None:
    text = (
        " date 2023-08 L'Otan élargit sa mission.\n\nPar Belga (revue de presse : La Libre \u2013 10 août 2023)\n\n"
        "L'Otan a annoncé jeudi l'élargissement de sa mission en Irak."
    )
    document = build_document(text, "b")
    dated = document_date(document)
    assert dated is not None
    assert (dated.value, dated.basis) == (P("2023-08-10"), DateBasis.BYLINE)
    assert dated.evidence is not None
    assert dated.evidence.text == "10 août 2023"
    weekday = [e for e in find(document) if e.span.text == "jeudi"]
    assert weekday[0].value == P("2023-08-10")  # 10 August 2023 was a Thursday


def test_byline_outside_the_header_is_ignored() -> None:
    text = " date 2023-08 Texte.\n\nPar Belga (revue de presse : Le Soir \u2013 17 juillet 2023)\n\nL'Otan a parlé."
    dated = document_date(build_document(text, "b"))
    assert dated is not None
    assert (dated.value, dated.basis) == (P("2023-08"), DateBasis.HEADER)


def test_date_line_under_the_title() -> None:
    text = (
        "L'Otan va former la police irakienne\nPublié le 14/02/2018 à 10h32\nMis à jour le 15.02.2018\n\n"
        "Les ministres ont décidé mardi d'élargir la mission."
    )
    document = build_document(text, "d")
    dated = document_date(document)
    assert dated is not None
    assert (dated.value, dated.basis, dated.evidence and dated.evidence.text) == (
        P("2018-02-14"),
        DateBasis.BYLINE,
        "14/02/2018",
    )
    assert [(e.span.text, e.value) for e in find(document)] == [
        ("14/02/2018", P("2018-02-14")),
        ("15.02.2018", P("2018-02-15")),
        ("mardi", P("2018-02-13")),
    ]


def test_dateline_in_the_opening_sentence() -> None:
    text = (
        "L'OTAN reçoit le ministre irakien de la Défense\n"
        "Ce jeudi (5 mars 2015), le secrétaire général a reçu le ministre, qui reviendra en juin. "
        "Les Alliés avaient évoqué la question en novembre."
    )
    document = build_document(text, "x")
    dated = document_date(document)
    assert dated is not None
    assert (dated.value, dated.basis) == (P("2015-03-05"), DateBasis.DATELINE)
    assert table(text) == [
        ("Ce jeudi", TimexKind.RELATIVE, P("2015-03-05"), True),
        ("5 mars 2015", TimexKind.DATE, P("2015-03-05"), False),
        ("juin", TimexKind.RELATIVE, P("2015-06"), True),
        ("novembre", TimexKind.RELATIVE, P("2014-11"), True),
    ]


def test_inferred_from_the_latest_date() -> None:
    text = (
        "Un séminaire s'est tenu à Bagdad du 2 au 4 octobre 2016.\n"
        "Des cours avaient commencé en mars 2016. Aujourd'hui, les participants sont rentrés."
    )
    document = build_document(text, "i")
    dated = document_date(document)
    assert dated is not None
    assert (dated.value, dated.basis) == (P("2016-10-04"), DateBasis.INFERRED)
    assert dated.evidence is not None
    assert dated.evidence.text == "du 2 au 4 octobre 2016"
    assert table(text)[-1] == ("Aujourd'hui", TimexKind.RELATIVE, P("2016-10-04"), True)


def test_no_date_at_all() -> None:
    assert document_date(build_document("L'Otan a parlé jeudi de l'Irak.\nIl reviendra.", "n")) is None


def test_header_is_kept_without_better_evidence() -> None:
    dated = document_date(doc("Les ministres ont décidé jeudi.", "2021-02"))
    assert dated is not None
    assert (dated.value, dated.basis) == (P("2021-02"), DateBasis.HEADER)


def test_teasers_are_not_read() -> None:
    lead = "L'Otan a annoncé jeudi 3 000 formateurs de plus pour l'Irak, a déclaré le porte-parole mardi."
    other = "Un autre paragraphe sans date ici, qui parle d'autre chose."
    text = f"Titre de l'article\n\n{lead}\n\n{other}\n\n{lead[:60]}..."
    found = find(build_document(text, "teaser"))
    assert [e.span.text for e in found] == ["jeudi", "mardi"]


def test_typographic_variants() -> None:
    text = "Il l\u2019a dit l\u2019an\u00a0dernier et le 3\u202fdécembre\u00a02014 à Bagdad."
    assert [(e.span.text, e.value) for e in exprs(text, "2015-01")] == [
        ("l\u2019an\u00a0dernier", P("2014")),
        ("3\u202fdécembre\u00a02014", P("2014-12-03")),
    ]


# --- properties ----------------------------------------------------------------------------------

_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_ABBREVIATED = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


@st.composite
def rendered_dates(draw: st.DrawFn) -> tuple[str, PartialDate]:
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    form = draw(st.sampled_from(["day", "first", "numeric", "abbreviated", "month", "year"]))
    name = _MONTHS[day.month - 1]
    if form == "day":
        return f"le {day.day} {name} {day.year}", PartialDate.from_date(day)
    if form == "first":
        return f"le 1er {name} {day.year}", PartialDate(day.year, day.month, 1)
    if form == "numeric":
        return f"le {day.day:02d}/{day.month:02d}/{day.year}", PartialDate.from_date(day)
    if form == "abbreviated":
        return f"en {_ABBREVIATED[day.month - 1]} {day.year}", PartialDate(day.year, day.month)
    if form == "month":
        return f"en {name} {day.year}", PartialDate(day.year, day.month)
    return f"en {day.year}", PartialDate(day.year)


@settings(max_examples=300, deadline=None)
@given(
    rendered_dates(),
    st.sampled_from(
        [
            "Les ministres se sont réunis {} à Bruxelles.",
            "{}, l'Otan a tranché.",
            "Selon l'AFP, la mission a débuté {}.",
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
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(0, 6))
def test_weekday_is_the_last_such_day(anchor: dt.date, weekday: int) -> None:
    name = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][weekday]
    found = one(f"Le secrétaire général a annoncé {name} l'envoi de formateurs.", anchor.isoformat())
    assert isinstance(found.value, PartialDate)
    day = found.value.as_date()
    assert day.weekday() == weekday
    assert 0 <= (anchor - day).days <= 6
    assert found.anchored is True


_WORDS = st.sampled_from(
    [
        "le",
        "du",
        "au",
        "en",
        "depuis",
        "jusqu'à",
        "la",
        "mi-",
        "fin",
        "début",
        "de",
        "l'an",
        "dernier",
        "prochain",
        "jeudi",
        "mardi",
        "mai",
        "décembre",
        "déc.",
        "sept.",
        "2014",
        "1er",
        "31",
        "13",
        "4 000",
        "-",
        "/",
        "et",
        "entre",
        "les",
        "semaine",
        "cette",
        "hier",
        "il y a",
        "deux",
        "ans",
        "années",
        "(",
        ")",
        ",",
        ".",
        "\n",
        "\u00a0",
        "\u2019",
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


# --- d'ici + month, seasons without a year, ``un jour`` -------------------------------------------


def test_d_ici_and_a_bare_month_reads_forward() -> None:
    found = one("L'Alliance compte envoyer quelques centaines d'instructeurs d'ici décembre.", "2004-06")
    assert (found.span.text, found.kind, found.value, found.anchored) == (
        "décembre",
        TimexKind.RELATIVE,
        P("2004-12"),
        True,
    )


@pytest.mark.parametrize(
    ("sentence", "header", "span", "kind", "value"),
    [
        (
            "La mission devrait être opérationnelle d'ici l'automne.",
            "2018-07",
            "l'automne",
            TimexKind.RELATIVE,
            rng("2018-09", "2018-11", U),
        ),
        (
            "Des officiers suivent des stages à Amman depuis le printemps.",
            "2016-07",
            "depuis le printemps",
            TimexKind.SINCE,
            rng("2016-03", "2016-05", U),
        ),
        (
            "Un premier contingent partira au printemps prochain.",
            "2018-06",
            "printemps prochain",
            TimexKind.RELATIVE,
            rng("2019-03", "2019-05", U),
        ),
        (
            "Les ministres en avaient discuté l'automne dernier.",
            "2018-03",
            "l'automne dernier",
            TimexKind.RELATIVE,
            rng("2017-09", "2017-11", U),
        ),
        ("Les formateurs arriveront cet été.", "2019-02", "cet été", TimexKind.RELATIVE, rng("2019-06", "2019-08", U)),
        (
            "Le plan a été adopté au printemps.",
            "2019-11",
            "printemps",
            TimexKind.RELATIVE,
            rng("2019-03", "2019-05", U),
        ),
        (
            "Le plan sera adopté au printemps.",
            "2019-11",
            "printemps",
            TimexKind.RELATIVE,
            rng("2020-03", "2020-05", U),
        ),
    ],
)
def test_seasons_without_a_year(sentence: str, header: str, span: str, kind: TimexKind, value: DateRange) -> None:
    found = one(sentence, header)
    assert (found.span.text, found.kind, found.value, found.anchored) == (span, kind, value, True)


def test_a_season_needs_a_month_anchor() -> None:
    found = one("Des officiers sont formés depuis le printemps.", "2016")
    assert (found.span.text, found.kind, found.value, found.anchored) == (
        "depuis le printemps",
        TimexKind.SINCE,
        None,
        False,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "La mission a été prolongée et la demande a été acceptée.",
        "C'est un jour important pour l'Alliance, a-t-il dit.",
        "Il a passé une semaine difficile, selon ses proches.",
    ],
)
def test_participle_ete_and_article_counts_are_not_times(sentence: str) -> None:
    assert exprs(sentence, "2018-07") == []


def test_article_counts_after_a_duration_word() -> None:
    assert table("Les instructeurs resteront pendant un an; il y a un an, rien n'était prêt.", "2021-02") == [
        ("un an", TimexKind.DURATION, None, False),
        ("il y a un an", TimexKind.RELATIVE, P("2020"), True),
    ]


def test_wire_dateline_without_year_takes_the_header_year() -> None:
    text = (
        " date 2019-03 L'Otan prolonge sa mission\n"
        "BAGDAD, 3 mars (AFP) - Les ministres ont décidé mardi de la prolonger."
    )
    document = build_document(text, "w")
    dated = document_date(document)
    assert dated is not None
    assert (dated.value, dated.basis, dated.evidence and dated.evidence.text) == (
        P("2019-03-03"),
        DateBasis.DATELINE,
        "3 mars",
    )
    # 3 March 2019 was a Sunday: the Tuesday before it
    assert [(e.span.text, e.value) for e in find(document)][-1] == ("mardi", P("2019-02-26"))
