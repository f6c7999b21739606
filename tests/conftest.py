"""Shared test settings: Hypothesis profiles and paths.

``HYPOTHESIS_PROFILE=fuzz`` runs the long fuzzing profile; the default keeps the suite quick.
"""

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=200_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


import pytest  # noqa: E402


@pytest.fixture
def seed_dir() -> Path:
    """The repository's top-level copy of the seed articles."""
    return SEEDS


@pytest.fixture
def extractor_bug(monkeypatch: pytest.MonkeyPatch) -> str:
    """An extractor that fails (``RuntimeError: extractor bug``) on the document with the id
    returned, ``"b"``, and reads every other document as usual: a bug met inside a batch."""
    import nato_iraq.extract.people

    real = nato_iraq.extract.people.find

    def broken(document: "nato_iraq.Document") -> object:
        if document.id == "b":
            raise RuntimeError("extractor bug")
        return real(document)

    monkeypatch.setattr(nato_iraq.extract.people, "find", broken)
    return "b"
