"""Where parsing spends its time, stage by stage. Run: ``python benchmarks/stages.py [--size 1] [--all]``.

Parses the synthetic corpus of ``bench.py`` (*size* million characters) with a timer around each
stage of :func:`nato_iraq.parse` -- building the document, each extractor, resolution (what
:func:`~nato_iraq.resolve.analyse_all` does besides calling the extractors) and building the
corpus -- and prints, per stage, seconds, share of the total and its own rate in
million characters per second. To reach a total of N M chars/s, the stages' times must add up to
1/N s per million characters. With ``--all`` the texts are parsed together by
:func:`nato_iraq.parse_all` (each stage run across a batch of texts, one corpus built at the end)
instead of one :func:`~nato_iraq.parse` call per text.

The timers wrap module attributes for the duration of the run, so the figures include a few
hundred nanoseconds of timer per call. They read the process's CPU time
(:func:`time.process_time`), not the wall clock, so other work on the machine skews them less;
compare runs made on the same machine only. The shared views of a document (analysis text, folded and
lower-case copies) are computed by whichever extractor asks first (the document date); they are
counted there.
"""

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nato_iraq
from nato_iraq import corpus as corpus_module
from nato_iraq import loading, resolve
from nato_iraq.extract import decisions, figures, missions, people, quotes, temporal

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench

TOTALS: dict[str, float] = {}


def timer(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            TOTALS[name] = TOTALS.get(name, 0.0) + time.process_time() - start

    return timed


STAGES: list[tuple[object, str, str]] = [
    (loading, "build_document", "build_document"),
    (resolve, "analyse_all", "analyse (all below)"),
    (temporal, "document_date", "temporal.document_date"),
    (temporal, "find", "temporal.find"),
    (people, "find", "people.find"),
    (missions, "find", "missions.find"),
    (missions, "find_scope", "missions.find_scope"),
    (figures, "find", "figures.find"),
    (decisions, "find", "decisions.find"),
    (quotes, "find", "quotes.find"),
    (quotes, "find_reports", "quotes.find_reports"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1.0, help="millions of characters (default 1)")
    parser.add_argument(
        "--join", type=int, default=1, help="join this many articles into one text (shows per-text costs)"
    )
    parser.add_argument(
        "--texts", metavar="DIR", help="read these .txt files (repeated up to --size) instead of the synthetic corpus"
    )
    parser.add_argument(
        "--all", action="store_true", help="parse the texts together with parse_all (in batches) instead of one by one"
    )
    args = parser.parse_args()
    if args.texts:
        own = [p.read_text(encoding="utf-8") for p in sorted(Path(args.texts).glob("*.txt"))]
        articles = []
        while own and sum(map(len, articles)) < args.size * 1_000_000:
            articles.extend(own)
    else:
        articles = bench.synthetic(int(args.size * 1_000_000))
    articles = ["\n\n".join(articles[i : i + args.join]) for i in range(0, len(articles), args.join)]
    chars = sum(len(a) for a in articles)
    # patterns compile on first use, per language (some per first letter, as words need them):
    # not what a stage costs per text, so a few whole articles are parsed untimed first
    nato_iraq.parse("Échauffement : le secrétaire général a parlé jeudi.", "warmup")
    nato_iraq.parse("Warm-up: the Secretary General of NATO said on Thursday that the mission would grow.", "warmup")
    for index, article in enumerate(bench.synthetic(50_000, seed=99)):
        nato_iraq.parse(article, f"warmup{index}")
    for index, article in enumerate(articles[:: max(1, len(articles) // 20)]):
        nato_iraq.parse(article, f"warmup-own{index}")
    saved = [(module, attr, getattr(module, attr)) for module, attr, _ in STAGES]
    build = corpus_module.Corpus.__dict__["build"]
    for module, attr, label in STAGES:
        setattr(module, attr, timer(label, getattr(module, attr)))
    corpus_module.Corpus.build = classmethod(timer("Corpus.build", build.__func__))  # type: ignore[method-assign,assignment]
    try:
        start = time.process_time()
        if args.all:
            nato_iraq.parse_all((f"doc{index}", article) for index, article in enumerate(articles))
        else:
            for index, article in enumerate(articles):
                nato_iraq.parse(article, f"doc{index}")
        total = time.process_time() - start
    finally:
        for module, attr, function in saved:
            setattr(module, attr, function)
        corpus_module.Corpus.build = build  # type: ignore[method-assign]
    extractors = sum(t for name, t in TOTALS.items() if "." in name and name != "Corpus.build")
    TOTALS["resolution (analyse minus extractors)"] = TOTALS.pop("analyse (all below)") - extractors
    TOTALS["other (parse's own checks, timers)"] = total - sum(TOTALS.values())
    print(f"{chars / 1e6:.1f} M chars in {len(articles)} texts: {total:.2f} s = {chars / total / 1e6:.2f} M chars/s")
    for name, seconds in sorted(TOTALS.items(), key=lambda item: -item[1]):
        rate = chars / seconds / 1e6 if seconds > 0 else float("inf")
        print(f"  {name:40s} {seconds:6.3f} s  {100 * seconds / total:5.1f} %  {rate:7.1f} M chars/s")


if __name__ == "__main__":
    main()
