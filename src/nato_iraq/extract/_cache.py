"""A small cache of what was computed for the last few documents, safe to share between threads.

The extractors keep per-document work (views of the text, a scan's readings) for the documents
read last, so that several extractors -- or one extractor called before and after the resolver
dates a document -- do not redo it. Parsing may run in several threads at once, so dropping the
oldest entry must not iterate a dictionary another thread is changing.
"""

import threading
from typing import Generic, TypeVar

__all__ = ["BATCH", "BATCH_CHARS", "Recent"]

BATCH = 64
"""How many documents ``resolve.analyse_all`` runs each extractor across before the next one.

Running one extractor over several texts in a row keeps its patterns and code in the processor's
caches. On the benchmark corpus (2.5 K characters a text) analysis is about 7 % faster in
batches of 8 than text by text, about 15 % in batches of 32 and a little more in batches of 64;
beyond that the gain flattens. The per-document caches below hold twice this many documents,
so that a batch's views are still there when its last extractor reads them.
"""

BATCH_CHARS = 1_000_000
"""A batch also closes once it holds this many characters (a longer text is a batch of its own).

A batch's documents, and several views of each, are held in memory together: a folder of long
files is analysed a few files at a time, not :data:`BATCH` at once.
"""

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The last *size* values stored, by key; the oldest is dropped first.

    Looking up is a plain dictionary read (atomic); storing takes a lock, so that no thread
    iterates the dictionary to drop its oldest entry while another changes it.

    >>> cache: Recent[str, int] = Recent(2)
    >>> cache.put("a", 1); cache.put("b", 2); cache.put("c", 3)
    >>> cache.get("a"), cache.get("c")
    (None, 3)
    """

    __slots__ = ("_items", "_lock", "_size")

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: dict[K, V] = {}
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value stored under *key*, or ``None``."""
        return self._items.get(key)

    def put(self, key: K, value: V) -> None:
        """Store *value* under *key*, dropping the oldest entries beyond the size."""
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                del self._items[next(iter(self._items))]

    def discard(self, key: K) -> None:
        """Drop what is stored under *key*, if anything."""
        with self._lock:
            self._items.pop(key, None)
