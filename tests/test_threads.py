"""Parsing from several threads at once gives what parsing one text at a time gives.

The extractors keep small per-document caches (views of the last documents read, the analysis
of the document being quoted, the last document date); interleaving documents across threads must
never let one document's cached state leak into another's facts.
"""

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import nato_iraq
from nato_iraq.loading import seed_texts
from nato_iraq.resolve import BATCH

EVAL = Path(__file__).resolve().parents[1] / "benchmarks" / "eval" / "texts"


@pytest.fixture
def switch_often():
    """Make the interpreter switch threads every few bytecodes, so documents really interleave."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def _texts() -> list[tuple[str, str]]:
    return [*seed_texts(), *((p.stem, p.read_text(encoding="utf-8")) for p in sorted(EVAL.glob("*.txt")))]


def _in_threads(work: Callable[[int], None], count: int = 4) -> None:
    """Run ``work(n)`` in *count* threads started together; re-raise the first error one raised."""
    start = threading.Barrier(count)
    errors: list[BaseException] = []

    def run(worker: int) -> None:
        try:
            start.wait()
            work(worker)
        except BaseException as error:  # reported below, with the thread's traceback
            errors.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


@pytest.mark.usefixtures("switch_often")
def test_threads_interleaving_documents_get_each_documents_own_facts():
    texts = _texts()
    expected = {doc_id: nato_iraq.parse(text, doc_id) for doc_id, text in texts}
    results: dict[tuple[int, str], nato_iraq.Corpus] = {}

    def work(worker: int) -> None:
        order = texts[worker:] + texts[:worker]  # every thread in another order
        for _ in range(3):
            for doc_id, text in order:
                results[worker, doc_id] = nato_iraq.parse(text, doc_id)

    _in_threads(work)
    assert len(results) == 4 * len(texts)
    for (_, doc_id), corpus in results.items():
        assert corpus == expected[doc_id], doc_id


@pytest.mark.usefixtures("switch_often")
def test_parse_all_in_threads_gives_each_thread_its_own_corpus():
    # four full batches of distinct texts in flight at once: more than the per-document caches
    # hold (two batches), so views and readings are dropped and made again while other threads
    # still need theirs
    own = _texts()

    def texts_of(worker: int) -> list[tuple[str, str]]:
        return [(f"{doc_id}-{copy}", f"{text}\n\nRéf. {worker}-{copy}") for copy in range(4) for doc_id, text in own]

    assert len(texts_of(0)) > BATCH
    expected = {worker: nato_iraq.parse_all(texts_of(worker)) for worker in range(4)}
    results: dict[int, nato_iraq.Corpus] = {}

    def work(worker: int) -> None:
        results[worker] = nato_iraq.parse_all(texts_of(worker))

    _in_threads(work)
    assert results == expected
