"""Speed and memory figures for nato_iraq. Run: ``python benchmarks/bench.py [--sizes 1,10] [--quick]``.

Prints one line per measurement next to its target (issue "Robustness, speed and scale"):

* ``import nato_iraq`` over importing attrs, cattrs and dateutil (target < 50 ms);
* ``load()`` of the bundled corpus, cold (first call) and warm (target < 50 ms warm);
* parse throughput on a synthetic corpus made by varying the seeds, at several sizes
  (target >= 2 million characters per second on one core, linear growth);
* peak memory while parsing, as a multiple of the text size (target < 5x);
* JSON export and import throughput in objects per second;
* parallel loading of a folder with ``workers=2`` against ``workers=1``.

Figures are wall-clock on whatever machine runs the script; nothing here asserts.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import nato_iraq
from nato_iraq.loading import seed_texts

FIRST = ["Jens", "Anders", "Mark", "Haïdar", "Moustafa", "James", "Florence", "Pierfranco", "Mircea", "Lloyd"]
LAST = ["Stoltenberg", "Rutte", "al-Abadi", "al-Kazimi", "Mattis", "Parly", "Tria", "Geoana", "Austin", "Scheffer"]
MONTHS = [
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


def vary(text: str, rng: random.Random) -> str:
    """A new article from a seed: other names, days, years and figures."""
    text = re.sub(r"\b(19|20)\d\d\b", lambda m: str(rng.randint(2004, 2024)), text)
    text = re.sub(
        r"\b([1-9]|[12]\d) (" + "|".join(MONTHS) + r")\b", lambda m: f"{rng.randint(1, 28)} {rng.choice(MONTHS)}", text
    )
    text = re.sub(r"\b\d{1,2}[ \u00a0\u202f]\d{3}\b", lambda m: f"{rng.randint(1, 40)} {rng.randint(0, 999):03d}", text)
    for name in ("Stoltenberg", "Mattis", "Tria"):
        text = text.replace(name, rng.choice(LAST))
    return text.replace("Jens", rng.choice(FIRST))


def synthetic(size: int, seed: int = 0) -> list[str]:
    """Articles varied from the seeds until they hold *size* characters."""
    rng = random.Random(seed)
    seeds = [text for _, text in seed_texts()]
    out: list[str] = []
    total = 0
    while total < size:
        article = vary(rng.choice(seeds), rng)
        out.append(article)
        total += len(article)
    return out


def timed(function, *args, repeat: int = 1):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def bench_import() -> None:
    base = "import attrs, cattrs, dateutil"
    code = "import time; t=time.perf_counter(); {stmt}; print(time.perf_counter()-t)"

    def run(stmt: str) -> float:
        times = []
        for _ in range(7):
            out = subprocess.run(
                [sys.executable, "-c", code.format(stmt=stmt)], capture_output=True, text=True, check=True
            )
            times.append(float(out.stdout))
        return sorted(times)[len(times) // 2]

    deps = run(base)
    ours = run(base + "; import nato_iraq")
    print(
        f"import nato_iraq: {1000 * (ours - deps):.1f} ms over attrs+cattrs+dateutil ({1000 * deps:.1f} ms)   target < 50 ms"
    )


def bench_load() -> None:
    code = (
        "import time, nato_iraq; t=time.perf_counter(); nato_iraq.load(); cold=time.perf_counter()-t; "
        "t=time.perf_counter(); nato_iraq.load(); warm=time.perf_counter()-t; print(cold, warm)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    cold, warm = (float(x) for x in out.stdout.split())
    print(
        f"load() bundled corpus: cold {1000 * cold:.1f} ms (parses 5 texts), warm {1000 * warm:.3f} ms   target warm < 50 ms"
    )


def bench_throughput(sizes_mb: list[float]) -> None:
    nato_iraq.parse("Échauffement : le secrétaire général a parlé jeudi.", "warmup")
    for size_mb in sizes_mb:
        articles = synthetic(int(size_mb * 1_000_000))
        chars = sum(len(a) for a in articles)
        start = time.perf_counter()
        for index, article in enumerate(articles):
            nato_iraq.parse(article, f"doc{index}")
        elapsed = time.perf_counter() - start
        print(
            f"parse {chars / 1e6:6.1f} M chars in {len(articles)} texts: {elapsed:7.2f} s, "
            f"{chars / elapsed / 1e6:5.2f} M chars/s   target >= 2 M chars/s, linear"
        )


def bench_memory() -> None:
    articles = synthetic(1_000_000, seed=1)
    chars = sum(len(a) for a in articles)
    text_bytes = sum(sys.getsizeof(a) for a in articles)
    tracemalloc.start()
    corpora = [nato_iraq.parse(a, f"m{i}") for i, a in enumerate(articles)]
    merged = nato_iraq.Corpus().merge(*corpora)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak memory parsing+merging {chars / 1e6:.1f} M chars: {peak / 1e6:.1f} MB = {peak / text_bytes:.1f}x the text "
        f"({len(merged.documents)} docs)   target < 5x"
    )


def bench_json() -> None:
    corpus = nato_iraq.Corpus().merge(*(nato_iraq.parse(a, f"j{i}") for i, a in enumerate(synthetic(300_000, seed=2))))
    objects = sum(
        len(x)
        for x in (
            corpus.documents,
            corpus.officials,
            corpus.missions,
            corpus.decisions,
            corpus.announcements,
            corpus.temporal_expressions,
            corpus.figures,
        )
    )
    t_out, text = timed(nato_iraq.to_json, corpus, repeat=3)
    t_in, back = timed(nato_iraq.from_json, text, nato_iraq.Corpus, repeat=3)
    assert back == corpus
    print(
        f"JSON export: {objects / t_out:,.0f} objects/s, import: {objects / t_in:,.0f} objects/s ({objects} objects, {len(text) / 1e6:.1f} MB)"
    )


def bench_workers() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for index, article in enumerate(synthetic(3_000_000, seed=3)):
            Path(folder, f"a{index:05d}.txt").write_text(article, encoding="utf-8")
        one, first = timed(nato_iraq.load, folder)
        start = time.perf_counter()
        second = nato_iraq.load(folder, workers=2)
        two = time.perf_counter() - start
        assert first == second
        print(
            f"load folder of 3 M chars: workers=1 {one:.2f} s, workers=2 {two:.2f} s, speed-up {one / two:.2f}x on {os.cpu_count()} cores"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="parse sizes in millions of characters (e.g. 1,10,100)")
    parser.add_argument("--quick", action="store_true", help="small sizes only (for a smoke run)")
    args = parser.parse_args()
    sizes = [0.2] if args.quick else [float(s) for s in args.sizes.split(",")]
    print(f"nato_iraq {nato_iraq.__version__}, Python {sys.version.split()[0]}")
    bench_import()
    bench_load()
    bench_throughput(sizes)
    bench_memory()
    bench_json()
    if not args.quick:
        bench_workers()


if __name__ == "__main__":
    main()
