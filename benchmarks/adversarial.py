"""Does parsing stay linear on pathological text? Run: ``python benchmarks/adversarial.py``.

Each *generator* below writes one document of a requested size out of a pattern that stresses a
rule-based extractor: runs of capitals (name and acronym rules), apostrophes (elision rules),
digits with separators (figures), quotation marks that never close (quotes), a title or a
reporting clause repeated without end (people, resolution), ``M. M. M.`` (honorifics), long
hyphenated tokens, a whole article on one line (sentence and line rules), and so on.

For every generator the script parses documents of 10 KB, 100 KB, 1 MB and (with
``--sizes 10k,100k,1m,10m``) 10 MB, and prints the time per character in microseconds. A
linear pipeline keeps that figure flat; a generator whose µs/char grows more than 3x between
10 KB and 1 MB (or between the smallest and the largest size) is flagged ``SUPER-LINEAR``, and
the script then profiles it (at the largest size that parsed within a minute) and prints the
nato_iraq modules and functions where the time goes, as a hint for whoever owns that code.

Every run happens in a child process with a time limit, so a catastrophic case is reported as a
timeout instead of hanging the script; once a generator times out its larger sizes are skipped.
Nothing here asserts: the figures are wall-clock on whatever machine runs it.
"""

import argparse
import cProfile
import io
import multiprocessing
import pstats
import random
import sys
import time
from collections.abc import Callable
from queue import Empty

import nato_iraq
from nato_iraq.loading import seed_texts

Generator = Callable[[int, random.Random], str]


def _fill(size: int, piece: Callable[[], str]) -> str:
    """Concatenate pieces until the text holds *size* characters (cut to exactly *size*)."""
    parts: list[str] = []
    total = 0
    while total < size:
        part = piece()
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def capitals(size: int, rng: random.Random) -> str:
    """Runs of capitalised words and acronyms with no lower-case word to stop a name rule."""
    words = ["OTAN", "IRAK", "MNEI", "ONU", "Jens", "Stoltenberg", "Bagdad", "Haïdar", "Al", "Abadi", "Le", "Conseil"]
    return _fill(size, lambda: rng.choice(words) + rng.choice([" ", " ", " ", "-", ", "]))


def capital_letters(size: int, rng: random.Random) -> str:
    """One enormous all-capitals token broken only rarely by a space."""
    return _fill(size, lambda: "A" * rng.randint(200, 2000) + " ")


def apostrophes(size: int, rng: random.Random) -> str:
    """Elisions piled on elisions, straight and curly, and apostrophes alone."""
    pieces = ["l'", "d'", "l’", "qu'", "’", "'", "aujourd'hui ", "l'Otan ", "d'Irak ", " ' ", "''"]
    return _fill(size, lambda: rng.choice(pieces))


def digits(size: int, rng: random.Random) -> str:
    """Digits with every separator French copy uses, in long runs: 1 000 000, 4.000,5, 12\u202f500."""
    seps = [" ", "\u00a0", "\u202f", ".", ",", " ", ""]
    return _fill(size, lambda: str(rng.randint(0, 999)) + rng.choice(seps) + rng.choice(["", "", "soldats ", "% "]))


def unclosed_quotes(size: int, rng: random.Random) -> str:
    """Opening quotation marks that never close, with words and clauses between them."""
    marks = ["« ", '"', "“", "‘", "‹ "]
    words = ["l'Otan", "restera", "en Irak", "a dit", "M. Stoltenberg", "a-t-il déclaré", "mission"]
    return _fill(size, lambda: rng.choice(marks) + " ".join(rng.choices(words, k=rng.randint(1, 6))) + " ")


def repeated_titles(size: int, rng: random.Random) -> str:
    """``le secrétaire général le secrétaire général …``: a title with no name, forever."""
    titles = ["le secrétaire général ", "le secrétaire général de l'OTAN ", "le premier ministre iraquien "]
    return _fill(size, lambda: rng.choice(titles))


def reporting_clauses(size: int, rng: random.Random) -> str:
    """``", a dit "`` repeated: attribution clauses with nothing to attribute."""
    clauses = ['", a dit "', "», a déclaré «", '", a-t-il ajouté, "', ", a indiqué ", "a annoncé que "]
    return _fill(size, lambda: rng.choice(clauses))


def honorifics(size: int, rng: random.Random) -> str:
    """``M. M. M. Mme M.``: honorifics with no name after them."""
    return _fill(size, lambda: rng.choice(["M. ", "Mme ", "MM. ", "M.", "Dr ", "général "]))


def hyphenated(size: int, rng: random.Random) -> str:
    """Very long hyphenated tokens (``al-Abadi-al-Kazimi-…``) broken by rare spaces."""
    parts = ["al", "Abadi", "OTAN", "Irak", "sud", "est", "2018", "t", "il"]
    return _fill(size, lambda: "-".join(rng.choices(parts, k=rng.randint(50, 400))) + " ")


def dates(size: int, rng: random.Random) -> str:
    """Date pieces with nothing between them: ``le 3 le 3 mars mars 2018 jeudi depuis``."""
    pieces = [
        "le 3 ",
        "mars ",
        "2018 ",
        "jeudi ",
        "depuis ",
        "en ",
        "fin ",
        "d'ici ",
        "1er ",
        "du 2 au ",
        "l'an dernier ",
    ]
    return _fill(size, lambda: rng.choice(pieces))


def figures(size: int, rng: random.Random) -> str:
    """Change phrases with no end: ``de 500 à de 500 à environ plus de``."""
    pieces = ["de 500 ", "à ", "environ ", "plus de ", "quelque ", "formateurs ", "4 000 ", "militaires ", "jusqu'à "]
    return _fill(size, lambda: rng.choice(pieces))


def decision_cues(size: int, rng: random.Random) -> str:
    """Decision verbs and bodies repeated without objects."""
    pieces = ["ont décidé ", "de ", "les ministres ", "sera examinée ", "n'a pas encore pris de décision ", "l'OTAN "]
    return _fill(size, lambda: rng.choice(pieces))


def mission_names(size: int, rng: random.Random) -> str:
    """Mission names and acronyms back to back: ``mission de l'OTAN en Irak (NMI) NTM-I``."""
    pieces = ["mission de l'OTAN en Irak ", "(NMI) ", "NTM-I ", "mission de formation ", "de conseil ", "en Irak "]
    return _fill(size, lambda: rng.choice(pieces))


def one_line(size: int, rng: random.Random) -> str:
    """The seed articles with every line break removed: one line of *size* characters."""
    texts = [text.replace("\n", " ") for _, text in seed_texts()]
    return _fill(size, lambda: rng.choice(texts) + " ")


def newlines(size: int, rng: random.Random) -> str:
    """Mostly blank lines, with a short headline-like line now and then."""
    return _fill(size, lambda: "\n" * rng.randint(1, 50) + rng.choice(["OTAN", "Rechercher", "Par AFP", "Irak"]))


def punctuation(size: int, rng: random.Random) -> str:
    """Dots, ellipses, brackets and dashes with no words."""
    return _fill(size, lambda: rng.choice(["...", "…", ". ", "(", ")", "[", " – ", "—", "!", "?", ";", ":"]))


def shuffled_words(size: int, rng: random.Random) -> str:
    """The seeds' own words in random order: every cue present, no grammar."""
    words = " ".join(text for _, text in seed_texts()).split()
    return _fill(size, lambda: " ".join(rng.choices(words, k=20)) + rng.choice([" ", ". ", "\n"]))


def seeds_repeated(size: int, rng: random.Random) -> str:
    """The seed articles concatenated: ordinary prose, as a baseline for the others."""
    texts = [text for _, text in seed_texts()]
    return _fill(size, lambda: rng.choice(texts) + "\n")


GENERATORS: dict[str, Generator] = {
    "capitals": capitals,
    "capital_letters": capital_letters,
    "apostrophes": apostrophes,
    "digits": digits,
    "unclosed_quotes": unclosed_quotes,
    "repeated_titles": repeated_titles,
    "reporting_clauses": reporting_clauses,
    "honorifics": honorifics,
    "hyphenated": hyphenated,
    "dates": dates,
    "figures": figures,
    "decision_cues": decision_cues,
    "mission_names": mission_names,
    "one_line": one_line,
    "newlines": newlines,
    "punctuation": punctuation,
    "shuffled_words": shuffled_words,
    "seeds_repeated": seeds_repeated,
}


def _parse_time(name: str, size: int) -> float:
    """Best wall-clock seconds to parse one generated document (repeated while short)."""
    text = GENERATORS[name](size, random.Random(size))
    nato_iraq.parse("Échauffement : le secrétaire général a parlé jeudi.", "warmup")
    # a small text of the same kind first: patterns compiled on first need, and caches filled for
    # the first time, are one-time costs, not time per character (a 1 MB text parses only once or
    # twice, so its best time would include them while the small sizes' best would not)
    nato_iraq.parse(GENERATORS[name](2_000, random.Random(0)), "warmup")
    best = float("inf")
    spent = 0.0
    runs = 0
    while runs < 1 or (spent < 0.5 and runs < 20):
        start = time.perf_counter()
        nato_iraq.parse(text, name)
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        runs += 1
    return best


def _child(name: str, size: int, queue: "multiprocessing.Queue[tuple[str, float | str]]") -> None:
    try:
        queue.put(("ok", _parse_time(name, size)))
    except Exception as error:  # report any crash instead of dying silently
        queue.put(("error", f"{type(error).__name__}: {error}"))


def measure(name: str, size: int, timeout: float) -> float | str:
    """Seconds to parse, or ``"timeout"`` / an error message, measured in a child process."""
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    queue: multiprocessing.Queue[tuple[str, float | str]] = context.Queue()
    process = context.Process(target=_child, args=(name, size, queue))
    process.start()
    try:
        status, value = queue.get(timeout=timeout)
    except Empty:
        process.terminate()
        process.join()
        return "timeout"
    process.join()
    return value if status == "ok" else str(value)


def profile_hint(name: str, size: int, top: int = 6) -> str:
    """Where the time goes when parsing one generated document: nato_iraq modules, then functions."""
    text = GENERATORS[name](size, random.Random(size))
    profiler = cProfile.Profile()
    profiler.enable()
    nato_iraq.parse(text, name)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    by_module: dict[str, float] = {}
    by_function: list[tuple[float, str]] = []
    for (filename, line, function), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "nato_iraq" in filename:
            module = filename.split("nato_iraq", 1)[1].lstrip("/\\").removesuffix(".py").replace("/", ".")
        elif filename == "~":
            module = "builtins"
        else:
            module = "other"
        by_module[module] = by_module.get(module, 0.0) + tottime
        by_function.append((tottime, f"{module}:{line}({function})"))
    total = sum(by_module.values()) or 1.0
    modules = sorted(by_module.items(), key=lambda item: -item[1])[:top]
    functions = sorted(by_function, reverse=True)[:top]
    lines = ["    modules:   " + ", ".join(f"{m} {100 * t / total:.0f}%" for m, t in modules)]
    lines.append("    functions: " + ", ".join(f"{f} {t:.2f}s" for t, f in functions))
    return "\n".join(lines)


def _size(text: str) -> int:
    units = {"k": 1_000, "m": 1_000_000}
    text = text.strip().lower()
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def _label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1_000} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="document sizes in characters (e.g. 10k,100k,1m,10m)")
    parser.add_argument("--only", default="", help="comma-separated generator names (default: all)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed for one parse")
    parser.add_argument("--no-profile", action="store_true", help="do not profile flagged generators")
    args = parser.parse_args()
    sizes = [_size(s) for s in args.sizes.split(",")]
    names = [n for n in args.only.split(",") if n] or list(GENERATORS)
    print(f"nato_iraq {nato_iraq.__version__}, Python {sys.version.split()[0]}; µs per character (lower is better)")
    print(f"{'generator':20}" + "".join(f"{_label(s):>10}" for s in sizes) + "  to 1 MB  to last  verdict")
    flagged: dict[str, int] = {}
    broken: list[str] = []
    for name in names:
        cells: list[str] = []
        per_char: dict[int, float] = {}
        failure = ""
        for size in sizes:
            if failure:
                cells.append("skipped")
                continue
            result = measure(name, size, args.timeout)
            if isinstance(result, float):
                per_char[size] = 1e6 * result / size
                cells.append(f"{per_char[size]:.3f}")
            else:
                failure = "timeout" if result == "timeout" else "ERROR"
                cells.append(failure)
                if failure == "ERROR":
                    print(f"  {name} at {_label(size)}: {result}")
        measured = sorted(per_char)
        growths = ["       -", "      -"]
        verdict = "flat"
        if measured:
            to_mb = max((s for s in measured if s <= 1_000_000), default=measured[0])
            growth = per_char[to_mb] / per_char[measured[0]]
            overall = per_char[measured[-1]] / per_char[measured[0]]
            growths = [f"{growth:7.1f}x", f"{overall:6.1f}x"]
            if growth > 3:
                verdict = "SUPER-LINEAR"
            elif overall > 3:
                verdict = f"SUPER-LINEAR above 1 MB (x{overall:.0f} at {_label(measured[-1])})"
        if failure == "timeout":
            verdict = "SUPER-LINEAR (timeout)"
        elif failure == "ERROR":
            verdict = "ERROR"
            broken.append(name)
        if verdict.startswith("SUPER-LINEAR"):
            # profile at the largest size that parsed in under a minute: where the growth shows
            quick = [s for s in measured if per_char[s] * s / 1e6 < 60]
            flagged[name] = max(quick, default=sizes[0])
        print(f"{name:20}" + "".join(f"{c:>10}" for c in cells) + f" {growths[0]} {growths[1]}  {verdict}", flush=True)
    if flagged and not args.no_profile:
        print("\nWhere the time goes in flagged generators (tottime share per module; top functions):")
        for name, size in flagged.items():
            print(f"  {name} at {_label(size)}:")
            try:
                print(profile_hint(name, size))
            except Exception as error:
                print(f"    could not profile: {type(error).__name__}: {error}")
    print(f"\n{len(flagged)} of {len(names)} generators flagged super-linear: {', '.join(flagged) or 'none'}")
    if broken:
        print(f"{len(broken)} crashed: {', '.join(broken)}")


if __name__ == "__main__":
    main()
