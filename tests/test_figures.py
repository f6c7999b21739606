"""Personnel figures: values, approximations, units, change roles, and what is not personnel."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_iraq.document import build_document
from nato_iraq.extract import figures
from nato_iraq.extract.figures import parse_number_words
from nato_iraq.model import Approximation, FigureRole, PersonnelFigure

A = Approximation
R = FigureRole


def find(text: str) -> tuple[PersonnelFigure, ...]:
    return figures.find(build_document(text, "t"))


def summary(text: str) -> list[tuple[str, int | None, Approximation, str, FigureRole]]:
    return [(f.span.text, f.value, f.approximation, f.unit, f.role) for f in find(text)]


# --- one phenomenon per test ---------------------------------------------------------------


def test_change_with_noun_on_the_first_figure() -> None:
    text = "Les effectifs du contingent allié passeront d'environ 300 personnes à 2 000 d'ici l'été."
    assert summary(text) == [
        ("environ 300 personnes", 300, A.APPROXIMATE, "personnes", R.FROM),
        ("2 000", 2000, A.EXACT, "personnes", R.TO),
    ]


def test_change_with_approximation_on_the_second_figure() -> None:
    text = "La force d'entraînement passera de 700 à environ 3 500 militaires en deux ans."
    assert summary(text) == [
        ("700", 700, A.EXACT, "militaires", R.FROM),
        ("environ 3 500 militaires", 3500, A.APPROXIMATE, "militaires", R.TO),
    ]


def test_bare_change_shares_the_noun() -> None:
    assert summary("un effort de 500 à 4 000 personnes") == [
        ("500", 500, A.EXACT, "personnes", R.FROM),
        ("4 000 personnes", 4000, A.EXACT, "personnes", R.TO),
    ]


def test_change_of_strength_noun_without_counted_noun() -> None:
    text = "Les effectifs de la mission vont passer de 600 à 1 200 au printemps."
    assert summary(text) == [("600", 600, A.EXACT, "effectifs", R.FROM), ("1 200", 1200, A.EXACT, "effectifs", R.TO)]


def test_year_range_is_not_a_strength_change() -> None:
    assert find("Les effectifs ont fondu de 2004 à 2011, selon le rapport.") == ()


def test_entre_is_a_bounded_range() -> None:
    assert summary("Il y aurait entre 400 et 500 militaires sur la base.") == [
        ("400", 400, A.AT_LEAST, "militaires", R.LEVEL),
        ("500 militaires", 500, A.AT_MOST, "militaires", R.LEVEL),
    ]


def test_range_after_a_range_noun() -> None:
    assert summary("un contingent de 150 à 200 soldats") == [
        ("150", 150, A.AT_LEAST, "soldats", R.LEVEL),
        ("200 soldats", 200, A.AT_MOST, "soldats", R.LEVEL),
    ]


def test_lone_target_after_change_verb() -> None:
    assert summary("La mission sera portée à 4 500 personnes.") == [
        ("4 500 personnes", 4500, A.EXACT, "personnes", R.TO)
    ]


def test_approximations_and_nationality_nouns() -> None:
    text = "La force compte quelque 12 000 militaires, dont environ 3 100 Américains et quelque 70 Danois."
    assert summary(text) == [
        ("quelque 12 000 militaires", 12000, A.APPROXIMATE, "militaires", R.LEVEL),
        ("environ 3 100 Américains", 3100, A.APPROXIMATE, "Américains", R.LEVEL),
        ("quelque 70 Danois", 70, A.APPROXIMATE, "Danois", R.LEVEL),
    ]


def test_number_words_with_at_least() -> None:
    text = "L'atelier a réuni plus de trente participants venus de six ministères."
    assert summary(text) == [("plus de trente participants", 30, A.AT_LEAST, "participants", R.LEVEL)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("une dizaine de formateurs", (10, A.APPROXIMATE, "formateurs")),
        ("une vingtaine d'instructeurs", (20, A.APPROXIMATE, "instructeurs")),
        ("un millier de soldats", (1000, A.APPROXIMATE, "soldats")),
        ("plus d'une centaine d'experts", (100, A.AT_LEAST, "experts")),
        ("une dizaine de milliers d'hommes", (10000, A.APPROXIMATE, "hommes")),
        ("quelques centaines de soldats", (None, A.VAGUE, "soldats")),
        ("plusieurs milliers de militaires", (None, A.VAGUE, "militaires")),
        ("des centaines de conseillers", (None, A.VAGUE, "conseillers")),
        ("près de 5 000 soldats", (5000, A.APPROXIMATE, "soldats")),
        ("au moins 40 officiers", (40, A.AT_LEAST, "officiers")),
        ("moins de 200 membres du personnel", (200, A.AT_MOST, "membres du personnel")),
        ("jusqu'à 300 formateurs", (300, A.AT_MOST, "formateurs")),
        ("jusqu\u2019à 300 formateurs", (300, A.AT_MOST, "formateurs")),
        ("300 soldats environ", (300, A.APPROXIMATE, "soldats")),
        ("4.000 hommes", (4000, A.EXACT, "hommes")),
        ("2500 instructeurs", (2500, A.EXACT, "instructeurs")),
        ("10\u202f000 militaires", (10000, A.EXACT, "militaires")),
        ("4\u00a0000 militaires", (4000, A.EXACT, "militaires")),
        ("500 de ses soldats", (500, A.EXACT, "soldats")),
        ("50 hauts responsables", (50, A.EXACT, "responsables")),
        ("quatre-vingt-dix soldats", (90, A.EXACT, "soldats")),
        ("soixante-dix militaires", (70, A.EXACT, "militaires")),
        ("deux mille cinq cents hommes", (2500, A.EXACT, "hommes")),
        ("vingt et un formateurs", (21, A.EXACT, "formateurs")),
        ("Trente soldats", (30, A.EXACT, "soldats")),
    ],
)
def test_single_figures(text: str, expected: tuple[int | None, Approximation, str]) -> None:
    found = find(f"Selon l'Alliance, {text} sont arrivés.")
    assert [(f.value, f.approximation, f.unit, f.role) for f in found] == [(*expected, R.LEVEL)]
    assert found[0].span.text == text


@pytest.mark.parametrize(
    "text",
    [
        "le CAN, qui rassemble les ambassadeurs des 29 pays membres",
        "les ministres des trente pays alliés",
        "des représentants de huit ministères",
        "une réunion virtuelle de deux jours",
        "un budget de 500 millions de dollars",
        "une aide de 2,5 millions d'euros",
        "50 % des soldats",
        "cinquante pour cent des militaires",
        "depuis 2018 soldats et civils",  # a year before a noun phrase with no number after it
        "le 31 juillet 2017",
        "le 1er mai",
        "trois soldats ont été tués",
        "l'attaque a fait 12 morts parmi les militaires",
        "un soldat américain",
        "une mission de formation",
    ],
)
def test_not_personnel(text: str) -> None:
    assert find(f"On notait {text}.") == ()


def test_parse_number_words() -> None:
    assert parse_number_words("quatre-vingts") == 80
    assert parse_number_words("quatre-vingt-dix-neuf") == 99
    assert parse_number_words("cent quatre-vingts") == 180
    assert parse_number_words("deux cent cinquante mille") == 250000
    assert parse_number_words("soixante et onze") == 71
    assert parse_number_words("septante") == 70
    assert parse_number_words("soldats") is None


# --- properties ------------------------------------------------------------------------------

_UNITS = [
    "",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _below_100(n: int) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        word = _TENS[tens * 10]
        return word if unit == 0 else word + (" et un" if unit == 1 else "-" + _UNITS[unit])
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _below_100(n - 60))
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + _below_100(n - 80)


def _below_1000(n: int, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        head = "cent" if hundreds == 1 else _UNITS[hundreds] + " cent"
        if hundreds > 1 and rest == 0 and final:
            head += "s"
        parts.append(head)
    if rest:
        word = _below_100(rest)
        if rest == 80 and not final:
            word = "quatre-vingt"
        parts.append(word)
    return " ".join(parts)


def french_words(n: int) -> str:
    """Traditional French spelling of 1..999 999 (test oracle, written independently)."""
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append("mille" if thousands == 1 else _below_1000(thousands, final=False) + " mille")
    if rest:
        parts.append(_below_1000(rest, final=True))
    return " ".join(parts)


def _grouped(n: int, separator: str) -> str:
    digits = str(n)
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return separator.join(reversed(groups))


def renderings(n: int) -> list[str]:
    forms = [str(n), _grouped(n, " "), _grouped(n, "\u00a0"), _grouped(n, "\u202f")]
    if n >= 1000:
        forms.append(_grouped(n, "."))
    if n >= 2:
        forms.append(french_words(n))
    return forms


_NOUNS = st.sampled_from(
    [
        "militaires",
        "soldats",
        "personnes",
        "formateurs",
        "instructeurs",
        "Belges",
        "Canadiens",
        "membres du personnel",
        "conseillers",
        "représentants",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=100_000), _NOUNS, st.data())
def test_every_spelling_reads_back(value: int, noun: str, data: st.DataObject) -> None:
    rendered = data.draw(st.sampled_from(renderings(value)))
    text = f"La mission compte désormais {rendered} {noun} sur le terrain."
    found = find(text)
    assert [(f.value, f.approximation, f.unit) for f in found] == [(value, A.EXACT, noun)]
    assert found[0].span.text == f"{rendered} {noun}"


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=2, max_value=100_000),
    st.sampled_from(
        [
            ("environ", A.APPROXIMATE),
            ("quelque", A.APPROXIMATE),
            ("près de", A.APPROXIMATE),
            ("plus de", A.AT_LEAST),
            ("au moins", A.AT_LEAST),
            ("moins de", A.AT_MOST),
            ("jusqu'à", A.AT_MOST),
        ]
    ),
    st.data(),
)
def test_approximation_words(value: int, approx: tuple[str, Approximation], data: st.DataObject) -> None:
    rendered = data.draw(st.sampled_from(renderings(value)))
    found = find(f"L'OTAN a déployé {approx[0]} {rendered} soldats.")
    assert [(f.value, f.approximation) for f in found] == [(value, approx[1])]


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=1, max_value=100_000),
    st.sampled_from(
        [
            "{} millions de dollars",
            "{} euros",
            "{} %",
            "{} pour cent",
            "{} pays membres",
            "{} pays alliés",
            "{} ministères",
            "{} jours",
            "{} km",
        ]
    ),
    st.data(),
)
def test_money_percent_and_countries_are_never_personnel(value: int, template: str, data: st.DataObject) -> None:
    rendered = data.draw(st.sampled_from(renderings(value)))
    assert find("Le communiqué cite " + template.format(rendered) + " au total.") == ()


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789 .,'\u00a0\u202f-àéeaduntrois milleconsoldatspr\n")), max_size=120)
)
def test_arbitrary_text_never_raises(text: str) -> None:
    doc = build_document(text, "x")
    for figure in figures.find(doc):
        assert doc.text[figure.span.start : figure.span.end] == figure.span.text
        assert figure.value is None or figure.value >= 0


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_never_raises(text: str) -> None:
    doc = build_document(text, "x")
    for figure in figures.find(doc):
        assert doc.text[figure.span.start : figure.span.end] == figure.span.text


# --- nouns before the number, definite collectives, vague amounts ------------------------------


def test_number_before_le_nombre_de() -> None:
    assert summary("Cet envoi portera à près de 3 100 le nombre de soldats présents.") == [
        ("près de 3 100 le nombre de soldats", 3100, A.APPROXIMATE, "soldats", R.TO)
    ]
    assert summary("Il s'agit de porter à 4 000 le nombre de formateurs.") == [
        ("4 000 le nombre de formateurs", 4000, A.EXACT, "formateurs", R.TO)
    ]


def test_strength_noun_before_the_number() -> None:
    assert summary("La mission pourrait atteindre des effectifs de 4 000 d'ici deux ans.") == [
        ("4 000", 4000, A.EXACT, "effectifs", R.LEVEL)
    ]


def test_limit_noun_makes_a_bound() -> None:
    assert summary("Le Conseil a fixé un plafond de 4 000 personnels.") == [
        ("4 000 personnels", 4000, A.AT_MOST, "personnels", R.LEVEL)
    ]
    assert summary("La mission compte 500 militaires, loin du plafond de 4 000 autorisé.") == [
        ("500 militaires", 500, A.EXACT, "militaires", R.LEVEL),
        ("4 000", 4000, A.AT_MOST, "militaires", R.LEVEL),
    ]
    # a bare limit with no people counted before it in the sentence counts nothing
    assert find("Un plafond de 4 000 a été fixé. Les 300 soldats sont partis.")[0].span.text == "300 soldats"
    assert len(find("Un plafond de 4 000 a été fixé.")) == 0


def test_definite_collective_is_approximate() -> None:
    assert summary("Le pays maintient la dizaine de militaires déployés à Erbil.") == [
        ("la dizaine de militaires", 10, A.APPROXIMATE, "militaires", R.LEVEL)
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("quelques instructeurs", "instructeurs"),
        ("une poignée d'instructeurs", "instructeurs"),
        ("plusieurs centaines de soldats", "soldats"),
        ("de nombreux conseillers", "conseillers"),
    ],
)
def test_vague_amounts_without_a_number(text: str, unit: str) -> None:
    found = find(f"La Belgique fournit {text} à la mission.")
    assert [(f.span.text, f.value, f.approximation, f.unit) for f in found] == [(text, None, A.VAGUE, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "La mission restera non combattante, ont insisté plusieurs diplomates.",
        "Selon quelques responsables, la décision est proche.",
        "Il a rencontré plusieurs fois le ministre.",
    ],
)
def test_vague_informants_are_not_strength(text: str) -> None:
    assert find(text) == ()


def test_quelques_before_digits_is_still_approximate() -> None:
    assert summary("On compte quelques 500 soldats sur place.") == [
        ("quelques 500 soldats", 500, A.APPROXIMATE, "soldats", R.LEVEL)
    ]
