"""The evaluation harness (``benchmarks/evaluate.py``) and the quality floors it measures.

Three kinds of checks: the hand annotation is well formed (every gold text is in its article,
every value parses); the harness scores a corpus built *from the gold itself* as perfect and
counts planted errors exactly; and the library, run on the bundled eval articles, stays above a
floor per category. The floors sit about 0.05 below what was measured when they were set: a
drop below one means an extractor got worse on text it handled before.

The held-out sets (``benchmarks/heldout/fr`` and ``benchmarks/heldout/en``) get the first two
kinds of checks only. They have no floor on purpose: they are a measure of the library on text
nobody tuned it on, not a target, and a floor would invite tuning on them.
"""

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from nato_iraq import (
    Announcement,
    Approximation,
    Corpus,
    DateBasis,
    DateRange,
    Decision,
    DecisionStatus,
    Document,
    DocumentDate,
    Mission,
    Official,
    PartialDate,
    PersonnelFigure,
    Quote,
    Role,
    TemporalExpression,
    TimexKind,
)

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
EVAL = BENCHMARKS / "eval"
TEXTS = EVAL / "texts"
GOLD = EVAL / "gold"
MISSION_IDS = {"ntm-i", "nmi", "dcb-iraq", "resolute-support", "isaf", "coalition"}
HELDOUT = BENCHMARKS / "heldout"
#: Held-out sets: language -> (texts, gold). Measured, never floored (see the module docstring).
HELDOUT_SETS = {lang: (HELDOUT / lang / "texts", HELDOUT / lang / "gold") for lang in ("fr", "en")}
#: The held-out sets also name the 2004-2011 Multi-National Force-Iraq.
HELDOUT_MISSION_IDS = MISSION_IDS | {"mnf-i"}

#: F1 floors per category, about 0.05 below the F1 measured when they were set (see the module
#: docstring); ``document_date`` is an accuracy. Measured at the first full run of the library on
#: the eval set: people 0.979, temporal 0.971, figures 0.945, quotes 0.667, decisions 0.716,
#: missions 0.962, document date 1.000. After the second round of extractor work every category
#: measured 1.000 (people value 0.979): the extractors were tuned on this set, so these floors
#: guard against regressions; benchmarks/heldout is the honest measure. Raise a floor when an
#: extractor improves; never lower one to make a regression pass.
FLOORS: dict[str, float] = {
    "people": 0.96,
    "temporal": 0.97,
    "figures": 0.97,
    "quotes": 0.97,
    "decisions": 0.97,
    "missions": 0.97,
    "document_date": 0.95,
}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("nato_iraq_benchmark_evaluate", BENCHMARKS / "evaluate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


evaluate_script = _load_script()


def _gold(gold_dir: Path = GOLD) -> dict[str, dict[str, Any]]:
    """Gold annotations by stem (JSON, hence ``Any``)."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}


def _time_value(text: str) -> PartialDate | DateRange:
    if "/" in text or text.startswith("["):
        return DateRange.from_iso(text)
    return PartialDate.from_iso(text)


def _first(value: object) -> object:
    return value[0] if isinstance(value, list) else value


# --- the annotation ---------------------------------------------------------------------------


def test_eval_set_size() -> None:
    texts = sorted(p.stem for p in TEXTS.glob("*.txt"))
    assert 12 <= len(texts) <= 15
    assert texts == sorted(_gold())


def test_every_gold_text_is_found_in_its_article() -> None:
    assert evaluate_script.check_gold(TEXTS, GOLD) == []


def test_gold_values_are_valid() -> None:
    _check_gold_values(_gold(), MISSION_IDS)


def _check_gold_values(golds: dict[str, dict[str, Any]], mission_ids: set[str]) -> None:
    """Every gold file has the seven keys and every value parses to what the library can return."""
    approximations = {a.value for a in Approximation}
    statuses = {s.value for s in DecisionStatus}
    for stem, gold in golds.items():
        assert set(gold) == {"document_date", "people", "temporal", "figures", "quotes", "decisions", "missions"}, stem
        if gold["document_date"] is not None:
            PartialDate.from_iso(str(gold["document_date"]))
        for item in gold["temporal"]:
            for value in item["value"] if isinstance(item["value"], list) else [item["value"]]:
                if value is not None:
                    assert _time_value(value).iso() == value, (stem, item)
        for item in gold["figures"]:
            wanted = item["approximation"] if isinstance(item["approximation"], list) else [item["approximation"]]
            assert set(wanted) <= approximations, (stem, item)
            assert (item["value"] is None) == (wanted == ["vague"]), (stem, item)
        for item in gold["decisions"]:
            assert item["status"] in statuses, (stem, item)
        assert set(gold["missions"]) <= mission_ids, stem
        for person in gold["people"]:
            assert set(person) == {"name", "titles", "organisation", "country"}, (stem, person)


@pytest.mark.parametrize("language", sorted(HELDOUT_SETS))
def test_heldout_gold_is_well_formed(language: str) -> None:
    texts, gold = HELDOUT_SETS[language]
    stems = sorted(p.stem for p in texts.glob("*.txt"))
    assert len(stems) == 10
    assert stems == sorted(_gold(gold))
    assert all(stem.startswith(language) for stem in stems), "held-out ids stay distinct across sets"
    assert evaluate_script.check_gold(texts, gold) == []
    _check_gold_values(_gold(gold), HELDOUT_MISSION_IDS)
    eval_stems = {p.stem for p in TEXTS.glob("*.txt")}
    assert not eval_stems & set(stems)


def test_heldout_texts_are_written_for_the_set() -> None:
    """Fresh text in the genre: no sentence shared with the eval set, both line-end styles."""
    eval_sentences = {s.strip() for p in TEXTS.glob("*.txt") for s in p.read_text(encoding="utf-8").split(".")}
    eval_sentences = {s for s in eval_sentences if len(s) > 40}
    for language, (texts, _) in HELDOUT_SETS.items():
        raw = {p.stem: p.read_bytes() for p in texts.glob("*.txt")}
        assert any(b"\r\n" in b for b in raw.values()), language
        for stem, data in raw.items():
            text = data.decode("utf-8")
            assert 1400 <= len(text) <= 3500, stem
            shared = {s.strip() for s in text.split(".")} & eval_sentences
            assert not shared, (stem, shared)


def test_eval_texts_cover_the_genre() -> None:
    raw = {p.stem: p.read_bytes() for p in TEXTS.glob("*.txt")}
    text = "".join(b.decode("utf-8") for b in raw.values())
    assert any(b"\r\n" in b for b in raw.values()), "one text has CRLF line ends"
    for char in ("\u00a0", "\u202f", "\u2011", "\u2019", "'", "«", "“", '"'):
        assert char in text, repr(char)
    assert any(t.startswith(" date ") for t in (b.decode("utf-8") for b in raw.values()))
    for marker in ("Rechercher", "Dernières Infos", "revue de presse", "(AFP) -", "(Reuters) -", "a-t-il"):
        assert marker in text, marker
    for stem, data in raw.items():
        assert 1500 <= len(data.decode("utf-8")) <= 3500, stem


# --- the harness ----------------------------------------------------------------------------------


def _oracle(texts_dir: Path = TEXTS, gold_dir: Path = GOLD) -> Corpus:
    """A corpus holding exactly the gold facts: what a perfect library would return."""
    documents: list[Document] = []
    officials: list[Official] = []
    timexes: list[TemporalExpression] = []
    figures: list[PersonnelFigure] = []
    announcements: list[Announcement] = []
    decisions: list[Decision] = []
    missions: list[Mission] = []
    for stem, gold in _gold(gold_dir).items():
        raw = (texts_dir / f"{stem}.txt").read_text(encoding="utf-8")
        text = raw.replace("\r\n", "\n")
        date = None
        if gold["document_date"] is not None:
            date = DocumentDate(PartialDate.from_iso(str(gold["document_date"])), DateBasis.HEADER)
        document = Document(id=stem, text=text, date=date)
        documents.append(document)
        locate = evaluate_script._Locator(document)
        anywhere = document.span(0, 0)
        for person in gold["people"]:
            titles = person["titles"]
            roles = (
                (Role(titles[0], person["organisation"], person["country"], evidence=(anywhere,)),) if titles else ()
            )
            slug = person["name"].lower().replace(" ", "-")
            officials.append(
                Official(f"{stem}/{slug}", person["name"], (person["name"],), roles=roles, evidence=(anywhere,))
            )
        for item in gold["temporal"]:
            value = _first(item["value"])
            span = document.span(*locate.find("temporal", item["text"]))
            timexes.append(TemporalExpression(span, TimexKind.DATE, None if value is None else _time_value(str(value))))
        for item in gold["figures"]:
            span = document.span(*locate.find("figures", item["text"]))
            figures.append(PersonnelFigure(span, item["value"], Approximation(_first(item["approximation"]))))
        folded = evaluate_script.fold_same_length(text)
        for number, item in enumerate(gold["quotes"]):
            start = folded.index(evaluate_script.fold_same_length(item["text"]))
            span = document.span(start, start + len(item["text"]))
            quote = Quote(span, speaker=str(_first(item["speaker"])))
            announcements.append(Announcement(f"{stem}#a{number}", quotes=(quote,), evidence=(span,)))
        for number, item in enumerate(gold["decisions"]):
            span = document.span(*locate.find("decisions", item["cue"]))
            status = DecisionStatus(item["status"])
            decisions.append(Decision(f"{stem}#d{number}", status, "summary", cue=span, evidence=(span,)))
        for mission_id in gold["missions"]:
            missions.append(Mission(mission_id, mission_id, evidence=(anywhere,)))
    return Corpus.build(documents, officials, missions, decisions, announcements, timexes, figures)


def test_harness_scores_the_gold_as_perfect() -> None:
    report = evaluate_script.score_corpus(_oracle(), GOLD)
    assert report.errors == []
    for category, scores in report.scores.items():
        assert scores.gold > 0, category
        assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0), category
        if category != "missions":
            assert scores.value_accuracy == 1.0, category


@pytest.mark.parametrize("language", sorted(HELDOUT_SETS))
def test_harness_scores_the_heldout_gold_as_perfect(language: str) -> None:
    texts, gold = HELDOUT_SETS[language]
    report = evaluate_script.score_corpus(_oracle(texts, gold), gold)
    assert report.errors == []
    for category, scores in report.scores.items():
        assert scores.gold > 0, category
        assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0), category
        if category != "missions":
            assert scores.value_accuracy == 1.0, category


def test_harness_counts_planted_errors() -> None:
    oracle = _oracle()
    perfect = evaluate_script.score_corpus(oracle, GOLD).scores
    first = oracle.figures[0]
    wrong = attrs.evolve(first, value=(first.value or 0) + 1)
    flipped = attrs.evolve(oracle.decisions[0], status=DecisionStatus.NOT_TAKEN)
    spurious = PersonnelFigure(oracle.documents[0].span(0, 3), 7)
    planted = attrs.evolve(
        oracle,
        figures=(wrong, *oracle.figures[2:], spurious),
        decisions=(flipped, *oracle.decisions[1:]),
        missions=oracle.missions[1:],
    )
    scores = evaluate_script.score_corpus(planted, GOLD).scores
    figures = scores["figures"]
    assert (figures.gold, figures.found, figures.matched) == (
        perfect["figures"].gold,
        perfect["figures"].found,
        perfect["figures"].matched - 1,
    )
    assert figures.value_correct == figures.matched - 1
    assert scores["decisions"].value_correct == scores["decisions"].matched - 1
    assert scores["decisions"].f1 == 1.0
    assert scores["missions"].recall < 1.0
    assert scores["missions"].precision == 1.0
    assert scores["people"] == perfect["people"]


def test_scores_arithmetic() -> None:
    scores = evaluate_script.Scores(gold=10, found=8, matched=6, value_checked=6, value_correct=3)
    assert scores.precision == 0.75
    assert scores.recall == 0.6
    assert scores.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert scores.value_accuracy == 0.5
    assert evaluate_script.Scores(gold=3).f1 == 0.0
    assert evaluate_script.Scores().value_accuracy is None


def test_fold_keeps_length() -> None:
    text = "L\u2019Otan\u00a0: 4\u202f000 a\u2011t\u2011il ÉTAT İ"
    assert len(evaluate_script.fold_same_length(text)) == len(text)
    assert evaluate_script.fold_same_length("L\u2019Otan\u00a0: 4\u202f000") == "l'otan : 4 000"


# --- the library, measured -------------------------------------------------------------------------


def test_library_stays_above_the_floors() -> None:
    report = evaluate_script.evaluate_detailed(TEXTS, GOLD)
    scores = report.scores
    assert scores == evaluate_script.evaluate(TEXTS, GOLD)
    measured = {c: (s.value_accuracy or 0.0) if c == "document_date" else s.f1 for c, s in scores.items()}
    table = evaluate_script.format_table(scores)
    below = {c: (round(measured[c], 3), floor) for c, floor in FLOORS.items() if measured[c] < floor}
    errors = "\n".join(report.errors[:40])
    assert not below, f"below the floor: {below}\n{table}\n{errors}"


def test_script_runs_as_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_script.main(["--texts", str(TEXTS), "--gold", str(GOLD), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == set(evaluate_script.CATEGORIES)
    assert payload["temporal"]["gold"] == sum(len(g["temporal"]) for g in _gold().values())


@pytest.mark.parametrize("language", sorted(HELDOUT_SETS))
def test_harness_runs_on_the_heldout_set(language: str) -> None:
    """The library is *measured* on the held-out sets; no floor (see the module docstring)."""
    texts, gold = HELDOUT_SETS[language]
    report = evaluate_script.evaluate_detailed(texts, gold)
    golds = _gold(gold).values()
    for category in evaluate_script.CATEGORIES[:-1]:
        assert report.scores[category].gold == sum(len(g[category]) for g in golds), category
    assert report.scores["document_date"].gold == len(golds)
    for scores in report.scores.values():
        assert 0 <= scores.matched <= min(scores.gold, scores.found) or scores.found == 0
        assert 0.0 <= scores.f1 <= 1.0


def test_script_scores_every_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert set(evaluate_script.SETS) == {"eval", "heldout-fr", "heldout-en"}
    assert evaluate_script.main(["--set", "all", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == set(evaluate_script.SETS)
    for name, (_, gold) in evaluate_script.SETS.items():
        assert set(payload[name]) == set(evaluate_script.CATEGORIES)
        assert payload[name]["quotes"]["gold"] == sum(len(g["quotes"]) for g in _gold(gold).values())
    assert evaluate_script.main(["--set", "heldout-en"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[:3] == ["category", "gold", "found"]
    with pytest.raises(SystemExit):
        evaluate_script.main(["--set", "eval", "--texts", str(TEXTS)])
