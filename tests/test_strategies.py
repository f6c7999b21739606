"""The public strategies and their registration through Hypothesis' entry point."""

import subprocess
import sys
from importlib.metadata import entry_points

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nato_iraq
from nato_iraq import strategies as nst
from nato_iraq._hypothesis import _STRATEGIES


def test_the_entry_point_is_installed():
    (point,) = [p for p in entry_points(group="hypothesis") if p.value.startswith("nato_iraq.")]
    assert point.load() is nato_iraq._hypothesis._hypothesis_setup_hook


def test_the_hook_imports_nothing_eagerly():
    code = "import sys, hypothesis; print('nato_iraq.strategies' in sys.modules, 'nato_iraq.resolve' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_every_registered_type_is_public_and_has_a_strategy():
    for type_name, function in _STRATEGIES.items():
        assert type_name in nato_iraq.__all__
        assert function in nst.__all__


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_from_type_builds_valid_instances_of_every_type(data):
    for type_name in _STRATEGIES:
        cls = getattr(nato_iraq, type_name)
        value = data.draw(st.from_type(cls), label=type_name)
        assert isinstance(value, cls)


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(nst.corpora())
def test_generated_corpora_cite_their_own_documents_and_records(corpus):
    texts = {d.id: d.text for d in corpus.documents}
    spans = [s for o in corpus.officials for s in o.evidence]
    spans += [s for m in corpus.missions for s in m.evidence]
    spans += [s for d in corpus.decisions for s in d.evidence]
    spans += [s for a in corpus.announcements for s in a.evidence]
    spans += [q.span for q in corpus.quotes]
    spans += [t.span for t in corpus.temporal_expressions] + [f.span for f in corpus.figures]
    for span in spans:
        assert texts[span.doc_id][span.start : span.end] == span.text
    official_ids = {o.id for o in corpus.officials}
    mission_ids = {m.id for m in corpus.missions}
    decision_ids = {d.id for d in corpus.decisions}
    for announcement in corpus.announcements:
        assert announcement.speaker_id is None or announcement.speaker_id in official_ids
        assert set(announcement.official_ids) <= official_ids
        assert set(announcement.mission_ids) <= mission_ids
        assert set(announcement.decision_ids) <= decision_ids
    for decision in corpus.decisions:
        assert decision.mission_id is None or decision.mission_id in mission_ids
