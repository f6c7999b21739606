"""Score nato_iraq's extraction against the hand-annotated evaluation sets.

Usage::

    python benchmarks/evaluate.py [--set eval|heldout-fr|heldout-en|all] [--json] [--details]
    python benchmarks/evaluate.py --texts DIR --gold DIR [--json] [--details]

Three sets, each a folder of articles plus one hand annotation per article:

* ``eval`` (the default) -- ``benchmarks/eval/texts/*.txt`` and ``benchmarks/eval/gold/*.json``:
  13 French articles. The extractor authors read this set's errors while writing the extractors,
  so its scores are optimistic; ``tests/test_eval.py`` keeps floors on it to catch regressions.
* ``heldout-fr`` -- ``benchmarks/heldout/fr``: 10 further French articles (other events, people,
  phrasings and layouts: datelines, NATO releases, press reviews, an interview, an analysis piece,
  scraped pages).
* ``heldout-en`` -- ``benchmarks/heldout/en``: 10 English articles (Reuters/AP wire copy, NATO
  press releases, an analysis, an interview, a scraped page).

**The held-out sets are a measure, not a target.** Do not tune an extractor, a lexicon entry or a
rule on them: do not read their ``--details`` output while writing extraction code, and do not add
their sentences to tests. A held-out score only means something while nobody has looked at the
errors behind it; once a held-out set has been used to fix the library it becomes another ``eval``
set and a fresh one must be written (see ``benchmarks/heldout/README.md``). ``--set all`` prints one
table per set and a summary of F1 per set.

The gold is the specification of correct behaviour, written by reading the texts, not by copying
library output.
The texts are loaded with ``nato_iraq.load(texts_dir, errors="collect")`` (if a crash in the
library stops that, each file is loaded on its own and a crashed file counts as missing), and
every extracted fact is matched to the gold of its document.

For each category the script reports the gold count, the found count, precision, recall, F1, and
*value accuracy*: among matched items, the share whose normalised value is right.

Matching rules (one-to-one within a document; a found item matches at most one gold item):

* **people** -- by name key: :func:`nato_iraq._names.name_key` / ``same_person`` (case, accents
  and transliteration variants such as ``Haïdar``/``Haider`` do not matter) against the
  official's ``name`` or any of its ``surface_forms``. An :class:`~nato_iraq.Official` counts as
  found in a document when one of its evidence spans lies in it. Value: a role of the official
  with evidence in that document (or with no evidence) whose title equals one of the gold titles
  or extends it by whole words (``secrétaire général`` ~ ``secrétaire général de l'OTAN``), and
  whose organisation and country agree with the gold's where the gold gives one (``OTAN`` /
  ``l'Alliance`` / ``NATO`` are one organisation, ``Irak`` / ``Iraq`` one country). A gold person
  with no title, organisation and country is right whatever the roles.
* **temporal** -- by span overlap with the gold text. Value: the ISO text of the value
  (``2018-07-12``, ``2018-02-14/2018-02-16``, ``[2019-10-03..2019-10-31]``) or ``null`` for an
  expression that cannot be anchored (a weekday in an undated text; a duration).
* **figures** -- by span overlap. Value: the number and the :class:`~nato_iraq.Approximation`.
* **quotes** -- by the first 30 characters of the quoted words, folded (case, accents, spaces,
  apostrophes; leading quotation marks dropped); a shorter key must be a prefix of the other.
  Quotes are those of :attr:`nato_iraq.Corpus.quotes`. Value: the speaker -- the same person
  (name key) as a gold person name, or, for a speaker that is not a named person (``l'Otan``, ``un
  haut diplomate allié``), the folded texts contain one another.
* **decisions** -- by overlap of the decision's ``cue`` span with the gold cue text (a decision
  without a cue cannot match). Value: the :class:`~nato_iraq.DecisionStatus`.
* **missions** -- by mission id per document (a mission counts as found in a document when one
  of its evidence spans lies there). No value.
* **document date** -- ``Document.date.value.iso()`` against the gold ``document_date``. A gold
  ``null`` means the text states no date of its own; ``None`` or an *inferred* date then counts
  as right.

Gold conventions: a gold ``text`` is located in the document (accent-, case- and
typography-folded, whole words, noise furniture -- search box, navigation, teasers -- skipped);
items with the same text are located in order, so list repeated expressions in text order.
``value``, ``approximation`` and ``speaker`` may be a list of acceptable answers (used for fuzzy
periods such as ``mi-2022``, where either an uncertain ``[a..b]`` or a span ``a/b`` is fair).
A ``SINCE`` expression (``depuis 2018``) is valued by its starting point. Found items inside the
`` date YYYY-MM `` header line are ignored: the header is metadata, scored as the document date.
"""

import argparse
import contextlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

import nato_iraq
from nato_iraq import _names

__all__ = [
    "CATEGORIES",
    "SETS",
    "Report",
    "Scores",
    "check_gold",
    "evaluate",
    "evaluate_detailed",
    "evaluate_sets",
    "format_summary",
    "format_table",
    "main",
    "score_corpus",
]

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "eval" / "texts"
GOLD = HERE / "eval" / "gold"
HELDOUT = HERE / "heldout"

#: The named sets: name -> (texts folder, gold folder). ``heldout-*`` must never be tuned on.
SETS: dict[str, tuple[Path, Path]] = {
    "eval": (TEXTS, GOLD),
    "heldout-fr": (HELDOUT / "fr" / "texts", HELDOUT / "fr" / "gold"),
    "heldout-en": (HELDOUT / "en" / "texts", HELDOUT / "en" / "gold"),
}

CATEGORIES = ("people", "temporal", "figures", "quotes", "decisions", "missions", "document_date")

_NOISE = frozenset({nato_iraq.FurnitureKind.SEARCH, nato_iraq.FurnitureKind.NAVIGATION, nato_iraq.FurnitureKind.TEASER})
_ORGANISATIONS = {
    "otan": "nato",
    "l'otan": "nato",
    "nato": "nato",
    "alliance": "nato",
    "l'alliance": "nato",
    "alliance atlantique": "nato",
    "l'alliance atlantique": "nato",
    "the alliance": "nato",
    "atlantic alliance": "nato",
    "north atlantic treaty organization": "nato",
    "north atlantic treaty organisation": "nato",
}
# Country names as French and English texts (and the library) may spell them, to one key each.
_COUNTRIES = {
    "irak": "iraq",
    "iraq": "iraq",
    "etats-unis": "united states",
    "usa": "united states",
    "us": "united states",
    "u.s.": "united states",
    "the united states": "united states",
    "united states of america": "united states",
    "allemagne": "germany",
    "belgique": "belgium",
    "danemark": "denmark",
    "espagne": "spain",
    "italie": "italy",
    "norvege": "norway",
    "royaume-uni": "united kingdom",
    "britain": "united kingdom",
    "uk": "united kingdom",
}
_KEY_LENGTH = 30
_LEADING_MARKS = " \t\n\u00ab\u00bb\u201c\u201d\"'\u2039\u203a\u201e"  # spaces and quotation marks

T = TypeVar("T")


@dataclass(frozen=True)
class Scores:
    """Counts for one category and the rates computed from them."""

    gold: int = 0
    found: int = 0
    matched: int = 0
    value_checked: int = 0
    value_correct: int = 0

    @property
    def precision(self) -> float:
        """Share of found items that match a gold item (1.0 when nothing was to be found or found)."""
        if self.found == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.matched / self.found

    @property
    def recall(self) -> float:
        """Share of gold items that were found."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def value_accuracy(self) -> float | None:
        """Among matched items whose value is checked, the share with the right value."""
        return self.value_correct / self.value_checked if self.value_checked else None

    def __add__(self, other: "Scores") -> "Scores":
        return Scores(
            self.gold + other.gold,
            self.found + other.found,
            self.matched + other.matched,
            self.value_checked + other.value_checked,
            self.value_correct + other.value_correct,
        )

    def as_dict(self) -> dict[str, float | int | None]:
        """Counts and rates, for ``--json``."""
        return {
            **asdict(self),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "value_accuracy": None if self.value_accuracy is None else round(self.value_accuracy, 4),
        }


@dataclass
class Report:
    """Scores per category plus one line per error, for reading what went wrong."""

    scores: dict[str, Scores] = field(default_factory=lambda: {c: Scores() for c in CATEGORIES})
    errors: list[str] = field(default_factory=list)

    def add(self, category: str, scores: Scores) -> None:
        self.scores[category] = self.scores[category] + scores


# --- text helpers -------------------------------------------------------------------------------


def _fold_char(char: str) -> str:
    """One character folded to one character: base letter, lower case, plain space/hyphen/quote."""
    if char in "\u00a0\u202f\u2007\u2009\u200a\t":
        return " "
    if char in "\u2010\u2011\u2012\u2013\u2212":
        return "-"
    if char in "\u2019\u2018\u02bc\u00b4`":
        return "'"
    base = unicodedata.normalize("NFD", char)[:1] or char
    lower = base.lower()
    return lower if len(lower) == 1 else base


def fold_same_length(text: str) -> str:
    """*text* folded character by character, so offsets into it are offsets into *text*."""
    return "".join(_fold_char(c) for c in text)


def _key(text: str) -> str:
    """The folded, space-collapsed form of a short string (names, speakers, quote openings)."""
    return " ".join(fold_same_length(text).split())


def _quote_key(text: str) -> str:
    return _key(text).strip(_LEADING_MARKS)[:_KEY_LENGTH]


def _as_list(value: T | list[T]) -> list[T]:
    return list(value) if isinstance(value, list) else [value]


def _title_matches(found: str, gold: str) -> bool:
    found, gold = _key(found), _key(gold)
    return found == gold or found.startswith(gold + " ") or gold.startswith(found + " ")


def _canonical(value: str, table: dict[str, str]) -> str:
    key = _key(value)
    return table.get(key, key)


# --- per-document matching ---------------------------------------------------------------------


class _Locator:
    """Finds gold texts in one document, in order, skipping noise furniture."""

    def __init__(self, document: nato_iraq.Document) -> None:
        chars = list(fold_same_length(document.text))
        for furniture in document.furniture:
            if furniture.kind in _NOISE:
                chars[furniture.span.start : furniture.span.end] = "\x00" * (furniture.span.end - furniture.span.start)
        self.view = "".join(chars)
        self.document = document
        self._cursor: dict[tuple[str, str], int] = {}

    def find(self, category: str, text: str) -> tuple[int, int]:
        folded = fold_same_length(text)
        start_at = self._cursor.get((category, folded), 0)
        pattern = r"(?<!\w)" + re.escape(folded) + r"(?!\w)"
        match = re.compile(pattern).search(self.view, start_at)
        if match is None:
            raise ValueError(f"gold {category} text {text!r} not found in {self.document.id} after offset {start_at}")
        self._cursor[(category, folded)] = match.end()
        return match.start(), match.end()


def _match_spans(gold: Sequence[tuple[int, int]], found: Sequence[tuple[int, int]]) -> dict[int, int]:
    """One-to-one pairs gold index -> found index, largest overlap first."""
    pairs = []
    for g, (g_start, g_end) in enumerate(gold):
        for f, (f_start, f_end) in enumerate(found):
            overlap = min(g_end, f_end) - max(g_start, f_start)
            if overlap > 0:
                pairs.append((-overlap, abs(g_start - f_start), g, f))
    pairs.sort()
    result: dict[int, int] = {}
    used: set[int] = set()
    for _, _, g, f in pairs:
        if g not in result and f not in used:
            result[g] = f
            used.add(f)
    return result


def _score_spans(
    report: Report,
    category: str,
    doc_id: str,
    gold: list[dict[str, object]],
    gold_spans: list[tuple[int, int]],
    found: Sequence[T],
    found_span: Callable[[T], tuple[int, int] | None],
    value_ok: Callable[[dict[str, object], T], bool],
    describe: Callable[[T], str],
) -> None:
    spans = [found_span(item) for item in found]
    usable = [(i, s) for i, s in enumerate(spans) if s is not None]
    pairs = _match_spans(gold_spans, [s for _, s in usable])
    correct = 0
    for g, f in pairs.items():
        hit = found[usable[f][0]]
        if value_ok(gold[g], hit):
            correct += 1
        else:
            report.errors.append(f"{doc_id}: {category} value {describe(hit)} != gold {_show(gold[g])}")
    for g, wanted in enumerate(gold):
        if g not in pairs:
            report.errors.append(f"{doc_id}: {category} missed {_show(wanted)}")
    matched_found = {usable[f][0] for f in pairs.values()}
    for index, extra in enumerate(found):
        if index not in matched_found:
            report.errors.append(f"{doc_id}: {category} spurious {describe(extra)}")
    report.add(category, Scores(len(gold), len(found), len(pairs), len(pairs), correct))


def _show(item: dict[str, object]) -> str:
    return json.dumps(item, ensure_ascii=False)


def _in_header(document: nato_iraq.Document, start: int, end: int) -> bool:
    return any(
        f.kind is nato_iraq.FurnitureKind.HEADER and f.span.start <= start and end <= f.span.end
        for f in document.furniture
    )


def _doc_roles(official: nato_iraq.Official, doc_id: str) -> list[nato_iraq.Role]:
    return [r for r in official.roles if not r.evidence or any(s.doc_id == doc_id for s in r.evidence)]


def _role_ok(gold: dict[str, object], roles: Iterable[nato_iraq.Role]) -> bool:
    titles = [str(t) for t in _as_list(gold.get("titles") or [])]
    organisation = gold.get("organisation")
    country = gold.get("country")
    if not titles and organisation is None and country is None:
        return True
    for role in roles:
        if titles and not any(_title_matches(role.title, t) for t in titles):
            continue
        if organisation is not None and (
            role.organisation is None
            or _canonical(role.organisation, _ORGANISATIONS) != _canonical(str(organisation), _ORGANISATIONS)
        ):
            continue
        if country is not None and (
            role.country is None or _canonical(role.country, _COUNTRIES) != _canonical(str(country), _COUNTRIES)
        ):
            continue
        return True
    return False


def _same_person(a: str, b: str) -> bool:
    return _names.same_person(_names.name_key(a), _names.name_key(b))


def _score_people(report: Report, doc_id: str, gold: list[dict[str, object]], corpus: nato_iraq.Corpus) -> None:
    found = [o for o in corpus.officials if doc_id in o.documents]
    used: set[int] = set()
    matched = correct = 0
    for item in gold:
        name = str(item["name"])
        candidates = [
            i
            for i, o in enumerate(found)
            if i not in used and any(_same_person(name, form) for form in (o.name, *o.surface_forms))
        ]
        if not candidates:
            report.errors.append(f"{doc_id}: people missed {_show(item)}")
            continue
        # prefer the official whose full name has the same key as the gold name
        candidates.sort(key=lambda i: _names.name_key(found[i].name) != _names.name_key(name))
        official = found[candidates[0]]
        used.add(candidates[0])
        matched += 1
        roles = _doc_roles(official, doc_id)
        if _role_ok(item, roles):
            correct += 1
        else:
            shown = [(r.title, r.organisation, r.country) for r in roles]
            report.errors.append(f"{doc_id}: people role of {official.name!r} {shown} != gold {_show(item)}")
    for index, official in enumerate(found):
        if index not in used:
            report.errors.append(f"{doc_id}: people spurious {official.name!r} {list(official.surface_forms)}")
    report.add("people", Scores(len(gold), len(found), matched, matched, correct))


def _speaker_ok(
    gold: dict[str, object], quote: nato_iraq.Quote, corpus: nato_iraq.Corpus, gold_people: list[str]
) -> bool:
    candidates: list[str] = []
    if quote.speaker_id is not None:
        with contextlib.suppress(nato_iraq.NotFoundError):
            candidates.append(corpus.official(quote.speaker_id).name)
    if quote.speaker:
        candidates.append(quote.speaker)
    for speaker in (str(s) for s in _as_list(gold.get("speaker"))):
        if any(_same_person(speaker, p) for p in gold_people):
            if any(_same_person(speaker, c) for c in candidates if c[:1].isupper() or c in gold_people):
                return True
        else:
            wanted = _key(speaker)
            if any(wanted in _key(c) or (len(_key(c)) >= 3 and _key(c) in wanted) for c in candidates):
                return True
    return False


def _score_quotes(
    report: Report,
    doc_id: str,
    gold: list[dict[str, object]],
    corpus: nato_iraq.Corpus,
    gold_people: list[str],
) -> None:
    found = [q for q in corpus.quotes if q.span.doc_id == doc_id]
    keys = [_quote_key(q.text) for q in found]
    used: set[int] = set()
    matched = correct = 0
    for item in gold:
        wanted = _quote_key(str(item["text"]))
        hit = None
        for index, key in enumerate(keys):
            if index in used:
                continue
            short, long = sorted((key, wanted), key=len)
            if key == wanted or (len(short) < _KEY_LENGTH and short and long.startswith(short)):
                hit = index
                break
        if hit is None:
            report.errors.append(f"{doc_id}: quotes missed {_show(item)}")
            continue
        used.add(hit)
        matched += 1
        if _speaker_ok(item, found[hit], corpus, gold_people):
            correct += 1
        else:
            quote = found[hit]
            report.errors.append(
                f"{doc_id}: quotes speaker {quote.speaker!r} (id {quote.speaker_id}) != gold {_show(item)}"
            )
    for index, quote in enumerate(found):
        if index not in used:
            report.errors.append(f"{doc_id}: quotes spurious {quote.text[:50]!r} by {quote.speaker!r}")
    report.add("quotes", Scores(len(gold), len(found), matched, matched, correct))


def _iso(value: nato_iraq.PartialDate | nato_iraq.DateRange | None) -> str | None:
    return None if value is None else value.iso()


def _score_document(
    report: Report, corpus: nato_iraq.Corpus, document: nato_iraq.Document, gold: dict[str, object]
) -> None:
    doc_id = document.id
    locate = _Locator(document)

    def spans_of(category: str, key: str) -> tuple[list[dict[str, object]], list[tuple[int, int]]]:
        items = _items(gold, category)
        return items, [locate.find(category, str(i[key])) for i in items]

    def keep(span: nato_iraq.Span) -> bool:
        return span.doc_id == doc_id and not _in_header(document, span.start, span.end)

    # document date
    wanted = gold.get("document_date")
    date = document.date
    date_ok = date is None or date.inferred if wanted is None else date is not None and date.value.iso() == wanted
    if not date_ok:
        report.errors.append(f"{doc_id}: document_date {_iso(date.value) if date else None} != gold {wanted}")
    report.add("document_date", Scores(1, 1, 1, 1, int(date_ok)))

    # people
    people = _items(gold, "people")
    _score_people(report, doc_id, people, corpus)

    # temporal
    items, spans = spans_of("temporal", "text")
    timexes = [t for t in corpus.temporal_expressions if keep(t.span)]
    _score_spans(
        report,
        "temporal",
        doc_id,
        items,
        spans,
        timexes,
        lambda t: (t.span.start, t.span.end),
        lambda g, t: _iso(t.value) in _as_list(g.get("value")),
        lambda t: f"{t.span.text!r}={_iso(t.value)}",
    )

    # figures
    items, spans = spans_of("figures", "text")
    figures = [f for f in corpus.figures if keep(f.span)]
    _score_spans(
        report,
        "figures",
        doc_id,
        items,
        spans,
        figures,
        lambda f: (f.span.start, f.span.end),
        lambda g, f: f.value == g.get("value") and f.approximation.value in _as_list(g.get("approximation")),
        lambda f: f"{f.span.text!r}={f.value}/{f.approximation.value}",
    )

    # quotes
    _score_quotes(report, doc_id, _items(gold, "quotes"), corpus, [str(p["name"]) for p in people])

    # decisions
    items, spans = spans_of("decisions", "cue")
    decisions = [d for d in corpus.decisions if (keep(d.cue) if d.cue is not None else _decision_doc(d) == doc_id)]
    _score_spans(
        report,
        "decisions",
        doc_id,
        items,
        spans,
        decisions,
        lambda d: (d.cue.start, d.cue.end) if d.cue is not None else None,
        lambda g, d: d.status.value in _as_list(g.get("status")),
        lambda d: f"{d.cue.text if d.cue else d.summary[:40]!r}={d.status.value}",
    )

    # missions
    missions = gold.get("missions") or []
    assert isinstance(missions, list), f"{doc_id}: gold missions must be a list"
    wanted_missions = {str(m) for m in missions}
    found_missions = {m.id for m in corpus.missions if any(keep(s) for s in m.evidence)}
    for missing in sorted(wanted_missions - found_missions):
        report.errors.append(f"{doc_id}: missions missed {missing}")
    for extra in sorted(found_missions - wanted_missions):
        report.errors.append(f"{doc_id}: missions spurious {extra}")
    hits = len(wanted_missions & found_missions)
    report.add("missions", Scores(len(wanted_missions), len(found_missions), hits, 0, 0))


def _items(gold: dict[str, object], category: str) -> list[dict[str, object]]:
    """The gold items of one category, checked to be a list of objects."""
    items = gold.get(category) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValueError(f"gold {category!r} must be a list of objects")
    return [dict(i) for i in items]


def _decision_doc(decision: nato_iraq.Decision) -> str | None:
    return decision.evidence[0].doc_id if decision.evidence else None


# --- loading -----------------------------------------------------------------------------------


def _load(texts_dir: Path, report: Report) -> nato_iraq.Corpus:
    """The corpus of *texts_dir*; a library crash on one file loses that file, not the run."""
    try:
        return nato_iraq.load(texts_dir, errors="collect")
    except Exception as error:  # the library under test may fail in any way
        report.errors.append(f"load({texts_dir}) crashed: {type(error).__name__}: {error}; loading file by file")
    corpus = nato_iraq.Corpus()
    for path in sorted(texts_dir.glob("*.txt")):
        try:
            corpus = corpus.merge(nato_iraq.load(path, errors="collect"))
        except Exception as error:
            report.errors.append(f"{path.stem}: crashed: {type(error).__name__}: {error}")
    return corpus


def evaluate_detailed(texts_dir: str | Path = TEXTS, gold_dir: str | Path = GOLD) -> Report:
    """Load *texts_dir* with the library and score it: per category, plus one line per error."""
    report = Report()
    corpus = _load(Path(texts_dir), report)
    return score_corpus(corpus, gold_dir, report)


def score_corpus(corpus: nato_iraq.Corpus, gold_dir: str | Path = GOLD, report: Report | None = None) -> Report:
    """Score an already built corpus against the gold of *gold_dir* (documents matched by id = stem)."""
    report = report if report is not None else Report()
    gold_files = sorted(Path(gold_dir).glob("*.json"))
    if not gold_files:
        raise FileNotFoundError(f"no gold annotation in {gold_dir}")
    for problem in corpus.problems:
        report.errors.append(f"load problem: {problem.path}: {problem.error}: {problem.message}")
    documents = {d.id: d for d in corpus.documents}
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        document = documents.get(path.stem)
        if document is None:
            report.errors.append(f"{path.stem}: not loaded; every gold item counts as missed")
            _count_missing(report, gold)
            continue
        _score_document(report, corpus, document, gold)
    return report


def _count_missing(report: Report, gold: dict[str, object]) -> None:
    for category in CATEGORIES[:-1]:
        items = gold.get(category) or []
        report.add(category, Scores(gold=len(items) if isinstance(items, list) else 0))
    report.add("document_date", Scores(gold=1))


def check_gold(texts_dir: str | Path = TEXTS, gold_dir: str | Path = GOLD) -> list[str]:
    """Problems with the annotation itself: a gold file without its text, a gold text not found.

    Runs no extractor: each text becomes a bare :class:`~nato_iraq.Document` (no furniture), so
    this also works while the library cannot parse.
    """
    texts_dir, gold_dir = Path(texts_dir), Path(gold_dir)
    problems: list[str] = []
    stems = {p.stem for p in texts_dir.glob("*.txt")}
    for path in sorted(gold_dir.glob("*.json")):
        if path.stem not in stems:
            problems.append(f"{path.name}: no text {path.stem}.txt")
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = (texts_dir / f"{path.stem}.txt").read_text(encoding="utf-8-sig")
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        locate = _Locator(nato_iraq.Document(id=path.stem, text=text))
        for category, key in (("temporal", "text"), ("figures", "text"), ("decisions", "cue")):
            for item in _items(gold, category):
                try:
                    locate.find(category, str(item[key]))
                except ValueError as error:
                    problems.append(str(error))
        for item in _items(gold, "quotes"):
            if _quote_key(str(item["text"])) not in _key(text):
                problems.append(f"{path.stem}: quote {item['text']!r} not found")
        for item in _items(gold, "people"):
            words = set(re.findall(r"[\w'-]+", _key(text)))
            if not all(w in words for w in re.findall(r"[\w'-]+", _key(str(item["name"])))):
                problems.append(f"{path.stem}: person {item['name']!r} not found")
    for stem in sorted(stems - {p.stem for p in gold_dir.glob("*.json")}):
        problems.append(f"{stem}.txt: no gold annotation")
    return problems


def evaluate(texts_dir: str | Path = TEXTS, gold_dir: str | Path = GOLD) -> dict[str, Scores]:
    """Scores per category (see the module docstring for the matching rules)."""
    return evaluate_detailed(texts_dir, gold_dir).scores


# --- output ------------------------------------------------------------------------------------


def format_table(scores: dict[str, Scores]) -> str:
    """A plain-text table, one row per category."""
    header = f"{'category':<14}{'gold':>6}{'found':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}{'value':>8}"
    lines = [header, "-" * len(header)]
    for category in CATEGORIES:
        s = scores[category]
        value = "-" if s.value_accuracy is None else f"{s.value_accuracy:.3f}"
        if category == "document_date":
            lines.append(f"{'document date':<14}{s.gold:>6}{s.found:>7}{s.matched:>7}{'':>8}{'':>8}{'':>8}{value:>8}")
        else:
            lines.append(
                f"{category:<14}{s.gold:>6}{s.found:>7}{s.matched:>7}"
                f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{value:>8}"
            )
    return "\n".join(lines)


def evaluate_sets(names: Iterable[str]) -> dict[str, Report]:
    """A :class:`Report` for each named set of :data:`SETS`, in the order given."""
    reports: dict[str, Report] = {}
    for name in names:
        if name not in SETS:
            raise KeyError(f"unknown set {name!r}; known sets: {', '.join(SETS)}")
        texts_dir, gold_dir = SETS[name]
        reports[name] = evaluate_detailed(texts_dir, gold_dir)
    return reports


def format_summary(reports: dict[str, Report]) -> str:
    """F1 per category (document-date accuracy) with one column per set: the sets side by side."""
    width = max(12, *(len(name) + 2 for name in reports))
    header = f"{'category':<14}" + "".join(f"{name:>{width}}" for name in reports)
    lines = [header, "-" * len(header)]
    for category in CATEGORIES:
        cells = []
        for report in reports.values():
            s = report.scores[category]
            if category == "document_date":
                cells.append("-" if s.value_accuracy is None else f"{s.value_accuracy:.3f}")
            else:
                cells.append(f"{s.f1:.3f}")
        label = "document date" if category == "document_date" else category
        lines.append(f"{label:<14}" + "".join(f"{c:>{width}}" for c in cells))
    return "\n".join(lines)


def _payload(report: Report, details: bool) -> dict[str, object]:
    payload: dict[str, object] = {c: s.as_dict() for c, s in report.scores.items()}
    if details:
        payload["errors"] = report.errors
    return payload


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--set",
        dest="set_name",
        choices=(*SETS, "all"),
        default=None,
        help="a named set (default: eval); 'all' scores every set. The heldout sets are a measure: never tune on them",
    )
    parser.add_argument("--texts", type=Path, default=None, help="folder of .txt articles (instead of --set)")
    parser.add_argument("--gold", type=Path, default=None, help="folder of <stem>.json annotations (with --texts)")
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("--details", action="store_true", help="also list every miss, spurious item and wrong value")
    args = parser.parse_args(argv)
    if args.set_name is not None and (args.texts is not None or args.gold is not None):
        parser.error("--set cannot be combined with --texts/--gold")

    if args.set_name is None and (args.texts is not None or args.gold is not None):
        # an explicit pair of folders: the original, single-table behaviour
        report = evaluate_detailed(args.texts or TEXTS, args.gold or GOLD)
        if args.json:
            print(json.dumps(_payload(report, args.details), ensure_ascii=False, indent=2))
        else:
            print(format_table(report.scores))
            if args.details:
                print()
                print("\n".join(report.errors))
        return 0

    name = args.set_name or "eval"
    names = list(SETS) if name == "all" else [name]
    reports = evaluate_sets(names)
    if args.json:
        if name == "all":
            print(json.dumps({n: _payload(r, args.details) for n, r in reports.items()}, ensure_ascii=False, indent=2))
        else:
            print(json.dumps(_payload(reports[name], args.details), ensure_ascii=False, indent=2))
        return 0
    for index, (set_name, report) in enumerate(reports.items()):
        if len(reports) > 1:
            if index:
                print()
            texts_dir, _ = SETS[set_name]
            documents = len(list(texts_dir.glob("*.txt")))
            note = "" if set_name == "eval" else "  [held out: a measure, not a target]"
            print(f"== {set_name} ({documents} documents){note}")
        print(format_table(report.scores))
        if args.details:
            print()
            print("\n".join(report.errors))
    if len(reports) > 1:
        print()
        print("== F1 per set (document date: accuracy)")
        print(format_summary(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
