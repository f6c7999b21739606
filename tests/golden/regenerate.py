"""Regenerate the golden snapshot of the bundled corpus: ``python tests/golden/regenerate.py``.

The snapshot is the whole corpus as JSON (``nato_iraq.to_json``), so any change in what the loader
extracts from the seeds shows up as a reviewable diff (the way the holidays library keeps its
``snapshots/``). ``tests/test_golden.py`` fails until the snapshot is regenerated and the diff
reviewed.
"""

import json
from pathlib import Path

import nato_iraq

SNAPSHOT = Path(__file__).with_name("seeds.json")


def snapshot() -> str:
    """The snapshot text for the installed library."""
    return json.dumps(nato_iraq.to_dict(nato_iraq.load()), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    SNAPSHOT.write_text(snapshot(), encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
