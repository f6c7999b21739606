"""The cyclic garbage collector is paused while a corpus is built, and only then (``_gcpause``).

Pausing it is only safe because facts hold no reference cycles: the first test is the one that
says so, and would fail if a change made parsing leave cyclic garbage behind (which a pause would
then let pile up for the length of a load).
"""

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import nato_iraq
from nato_iraq import _gcpause
from nato_iraq.loading import seed_texts


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for doc_id, text in seed_texts():
        for copy in range(4):
            (tmp_path / f"{doc_id}-{copy}.txt").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def collector_restored() -> Iterator[None]:
    enabled, threshold = gc.isenabled(), gc.get_threshold()
    yield
    gc.set_threshold(*threshold)
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_restored")
def test_parsing_and_loading_leave_no_cyclic_garbage(folder: Path) -> None:
    nato_iraq.load(folder)  # first use: lazy imports and pattern compilation are not garbage
    gc.collect()
    gc.disable()
    corpus = nato_iraq.load(folder)
    parsed = [nato_iraq.parse(text, doc_id) for doc_id, text in seed_texts()]
    again = nato_iraq.from_json(nato_iraq.to_json(corpus), nato_iraq.Corpus)
    del corpus, parsed, again
    assert gc.collect() == 0


@pytest.mark.usefixtures("collector_restored")
def test_no_collection_runs_while_loading_or_importing_json(folder: Path) -> None:
    exported = nato_iraq.to_json(nato_iraq.load(folder))
    seeds = seed_texts()
    collections: list[str] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(stage)

    gc.enable()
    gc.set_threshold(10)  # would collect every few objects
    gc.callbacks.append(count)
    try:
        stage = "before"
        gc.collect()  # counts start from zero, so no collection is due when load() begins
        stage = "load"
        nato_iraq.load(folder)
        stage = "from_json"
        nato_iraq.from_json(exported, nato_iraq.Corpus)
        stage = "parse_all"
        nato_iraq.parse_all(seeds)
        stage = "after"
        kept = [[index] for index in range(100)]  # the collector is back: containers trigger it
    finally:
        gc.callbacks.remove(count)
    assert len(kept) == 100
    # at most the one collection due when the pause ends (unpaused, there are hundreds)
    assert collections.count("load") <= 1
    assert collections.count("from_json") <= 1
    assert collections.count("parse_all") <= 1
    assert "after" in collections


@pytest.mark.usefixtures("collector_restored")
@pytest.mark.parametrize("enabled", [True, False])
def test_load_restores_the_state_it_found(folder: Path, enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    nato_iraq.load(folder)
    assert gc.isenabled() is enabled
    (folder / "zz-empty.txt").write_text("   ", encoding="utf-8")
    with pytest.raises(nato_iraq.EmptyDocumentError):
        nato_iraq.load(folder)
    assert gc.isenabled() is enabled


@pytest.mark.usefixtures("collector_restored")
def test_overlapping_pauses_restore_the_first_state_once_the_last_ends() -> None:
    gc.enable()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with _gcpause.paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with _gcpause.paused():
            second_in.set()
            first_out.wait(5)
            seen["after the first left"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == {"after the first left": False}
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_restored")
def test_a_pause_inside_a_disabled_collector_leaves_it_disabled() -> None:
    gc.disable()
    with _gcpause.paused(), _gcpause.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
