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
    for name, generator in adversarial.GENERATORS.items():
        for size in (300, 3_000, 20_000):
            yield f"adversarial/{name}/{size}", generator(size, random.Random(size))


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
