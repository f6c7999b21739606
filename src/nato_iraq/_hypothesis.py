"""The ``hypothesis`` entry point: registers nato_iraq's strategies with ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` while ``hypothesis`` itself is being imported, in
every project that has nato_iraq installed. So the hook does nothing eager: it registers
:func:`hypothesis.strategies.deferred` strategies whose functions import
:mod:`nato_iraq.strategies` only when a test first asks for one of our types.
"""

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

# type name in nato_iraq -> strategy function name in nato_iraq.strategies
_STRATEGIES = {
    "PartialDate": "partial_dates",
    "DateRange": "date_ranges",
    "Document": "documents",
    "DocumentDate": "document_dates",
    "Span": "spans",
    "Role": "roles",
    "Official": "officials",
    "Quote": "quotes",
    "TemporalExpression": "temporal_expressions",
    "PersonnelFigure": "personnel_figures",
    "Mission": "missions",
    "Decision": "decisions",
    "Announcement": "announcements",
    "Corpus": "corpora",
}


def _lazy(function: str) -> "Callable[[], SearchStrategy[object]]":
    def build() -> "SearchStrategy[object]":
        strategies = importlib.import_module("nato_iraq.strategies")
        strategy: SearchStrategy[object] = getattr(strategies, function)()
        return strategy

    return build


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    import nato_iraq

    for type_name, function in _STRATEGIES.items():
        st.register_type_strategy(getattr(nato_iraq, type_name), st.deferred(_lazy(function)))
