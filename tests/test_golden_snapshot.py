"""The bundled corpus matches the reviewed snapshot in tests/golden/seeds.json."""

import importlib.util
import json
from pathlib import Path

import nato_iraq

GOLDEN = Path(__file__).resolve().parent / "golden"


def _regenerate_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("regenerate", GOLDEN / "regenerate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_matches_snapshot():
    expected = json.loads((GOLDEN / "seeds.json").read_text(encoding="utf-8"))
    actual = json.loads(_regenerate_module().snapshot())
    for key in sorted(set(expected) | set(actual)):
        assert actual.get(key) == expected.get(key), (
            f"{key} differs: run python tests/golden/regenerate.py and review the diff"
        )


def test_snapshot_reads_back_as_the_corpus():
    text = (GOLDEN / "seeds.json").read_text(encoding="utf-8")
    assert nato_iraq.from_json(text, nato_iraq.Corpus) == nato_iraq.load()
