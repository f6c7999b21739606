"""Pausing Python's cyclic garbage collector while a large corpus is built.

Loading a folder or a JSON export builds millions of small objects that stay alive. Each time
enough of them accumulate, the cyclic collector walks everything that survived earlier
collections -- the whole corpus built so far -- and frees nothing: facts, spans and documents
hold no reference cycles (``tests/test_gcpause.py`` checks that parsing and loading leave no
cyclic garbage), and the objects are freed by reference counting when they are dropped. At
10 M characters those walks were about a tenth of :func:`nato_iraq.load`'s time, and their share
grows with the corpus. CPython pauses the collector the same way while it builds a syntax tree
(``ast.parse``).

The pause is shared: while any thread is inside :func:`paused`, the collector stays off, and
the last one out restores the state the first one found -- so a program that disabled the
collector itself keeps it disabled, and two loads in two threads cannot leave it off for good.
Cycles other code creates meanwhile (an exception kept with its traceback) are collected once
the pause ends.
"""

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Keep the cyclic garbage collector off for the ``with`` block (see the module docstring)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
