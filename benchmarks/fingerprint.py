"""Has a change altered what the library extracts? Run: ``python benchmarks/fingerprint.py``.

Speed work must not change results. This script parses a fixed, varied body of texts -- the
seeds, the evaluation and held-out articles, synthetic articles varied from the seeds, mutated
copies of all of these (letters dropped, case flipped, punctuation and line breaks moved) and
small samples of every pathological generator of ``adversarial.py`` -- and hashes each
document's JSON export (or the error it raised). ::

    python benchmarks/fingerprint.py --save /tmp/before.json   # before the change
    python benchmarks/fingerprint.py --check /tmp/before.json  # after: lists what differs

``--check`` exits with status 1 and names every text whose output changed. It prints ids and
hashes only, never extracted values: the held-out sets are a measure, not something to tune on
(see ``evaluate.py``), so a difference there is a bug in the change, to be found by reasoning
about the code and the non-held-out texts that also differ.
"""

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import nato_iraq
from nato_iraq.loading import seed_texts

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import adversarial  # noqa: E402  (sibling script)
import bench  # noqa: E402

MARKS = [".", ",", ";", ":", "«", "»", '"', "’", "'", "(", ")", "\n", "\n\n", " ", "-", "–"]


def mutate(text: str, rng: random.Random) -> str:
    """*text* with a few dozen small edits of the kinds scrapers and typists make."""
    chars = list(text)
    for _ in range(max(1, len(chars) // 80)):
        if not chars:
            break
        at = rng.randrange(len(chars))
        kind = rng.randrange(5)
        if kind == 0:
            del chars[at]
        elif kind == 1:
            chars[at] = chars[at].swapcase()
        elif kind == 2:
            chars.insert(at, rng.choice(MARKS))
        elif kind == 3:
            chars[at] = rng.choice(MARKS)
        else:
            chars.insert(at, chars[at])
    return "".join(chars)


def texts() -> Iterator[tuple[str, str]]:
    """``(id, text)`` of every text in the fingerprint, in a fixed order."""
    base: list[tuple[str, str]] = [(f"seed/{name}", text) for name, text in seed_texts()]
    for folder in ("eval/texts", "heldout/fr/texts", "heldout/en/texts"):
        for path in sorted((HERE / folder).glob("*.txt")):
            base.append((f"{folder}/{path.stem}", path.read_text(encoding="utf-8")))
    yield from base
    rng = random.Random(20261125)
    for round_ in range(3):
        for name, text in base:
            yield f"mutated{round_}/{name}", mutate(text, rng)
    for index, text in enumerate(bench.synthetic(300_000, seed=7)):
        yield f"synthetic/{index}", text
    for index, text in enumerate(_time_phrases()):
        yield f"time-phrases/{index}", text
    for name, generator in adversarial.GENERATORS.items():
        for size in (300, 3_000, 20_000):
            yield f"adversarial/{name}/{size}", generator(size, random.Random(size))


def _time_phrases() -> list[str]:
    """Short dated articles full of relative and counted time phrases (numbers before time words,
    in digits and in words), which the other texts have few of."""
    counts = ["2", "3", "15", "deux", "trois", "dix", "two", "three", "ten", "12"]
    french = [
        "il y a {n} ans",
        "dans {n} semaines",
        "depuis {n} mois",
        "{n} ans plus tard",
        "au cours des {n} derniers mois",
        "ces {n} dernières années",
        "d'ici {n} jours",
        "pendant {n} ans",
        "{n} jours avant le sommet",
    ]
    english = [
        "{n} years ago",
        "in {n} weeks",
        "for {n} months",
        "{n} years later",
        "over the past {n} months",
        "within {n} days",
        "{n} days before the summit",
    ]
    rng = random.Random(7)
    texts = []
    for opening, phrases, language in (
        ("BRUXELLES, 14 février 2018 (AFP) - L'Otan a annoncé jeudi que la mission, ", french, "fr"),
        ("BRUSSELS, Feb 14, 2018 (Reuters) - NATO said on Thursday that the mission, ", english, "en"),
    ):
        for _ in range(6):
            parts = [p.format(n=rng.choice(counts)) for p in rng.sample(phrases, k=4)]
            end = " sera renforcée." if language == "fr" else " would grow."
            texts.append(opening + ", ".join(parts) + end + "\n\n" + " ".join(parts).capitalize() + ".")
    return texts


def fingerprint(text: str, doc_id: str) -> str:
    try:
        result = nato_iraq.to_json(nato_iraq.parse(text, doc_id))
    except nato_iraq.NatoIraqError as error:
        result = f"{type(error).__name__}: {error}"
    return hashlib.sha256(result.encode("utf-8")).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--save", metavar="FILE", help="write the per-text hashes to FILE")
    group.add_argument("--check", metavar="FILE", help="compare with hashes saved earlier; exit 1 on a difference")
    args = parser.parse_args()
    start = time.perf_counter()
    hashes = {doc_id: fingerprint(text, doc_id) for doc_id, text in texts()}
    overall = hashlib.sha256(json.dumps(hashes, sort_keys=True).encode()).hexdigest()[:16]
    print(f"{len(hashes)} texts, fingerprint {overall} ({time.perf_counter() - start:.1f} s)")
    if args.save:
        Path(args.save).write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.check:
        saved: dict[str, str] = json.loads(Path(args.check).read_text(encoding="utf-8"))
        changed = sorted(k for k in saved.keys() | hashes.keys() if saved.get(k) != hashes.get(k))
        for doc_id in changed:
            print(f"  differs: {doc_id}")
        print(f"{len(changed)} of {len(hashes)} texts differ from {args.check}")
        sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
