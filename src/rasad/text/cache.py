"""A bounded two-generation memo shared by the per-word-form caches of every stage.

News vocabulary never stops growing (~15 new word forms per article even after
thousands of articles), so a per-form cache that keeps everything grows for the whole
run. The stages' caches are sized so that they reach their bound within the first
few hundred articles; after that, memory stays flat (measured in docs/bench/speed.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

# word forms per cache generation (at most twice as many entries): news is Zipfian,
# so this keeps the frequent forms; hit rates against the bound are in docs/bench/speed.md
FORM_CACHE = 30_000


class GenerationCache(Generic[K, V]):
    """A bounded memo with two generations, a cheap approximation of LRU.

    Lookups hit ``hot`` (a plain dict, read directly in hot loops) or else ``cold``;
    when ``hot`` holds ``limit`` entries it becomes ``cold`` and the old ``cold`` is
    dropped. Frequent forms are re-inserted into every new generation, so with news
    vocabulary (Zipfian) nearly every lookup hits while memory stays bounded by
    ``2 * limit`` entries.
    """

    def __init__(self, limit: int = FORM_CACHE) -> None:
        self.limit = limit
        self.hot: dict[K, V] = {}
        self.cold: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        value = self.hot.get(key)
        if value is None:
            value = self.get_cold(key)
        return value

    def get_cold(self, key: K) -> V | None:
        """Second-chance lookup after a ``hot`` miss: promotes a ``cold`` hit."""
        value = self.cold.get(key)
        if value is not None:
            self.put(key, value)
        return value

    def lookup(self, keys: Iterable[K]) -> dict[K, V | None]:
        """Each distinct key of ``keys`` (in first-seen order) with its value, None for a
        miss; for batch callers that then compute all the misses together."""
        distinct = dict.fromkeys(keys)
        found = dict(zip(distinct, map(self.hot.get, distinct), strict=True))
        for key, value in found.items():
            if value is None:
                found[key] = self.get_cold(key)
        return found

    def put(self, key: K, value: V) -> None:
        if len(self.hot) >= self.limit:
            self.cold = self.hot
            self.hot = {}
        self.hot[key] = value

    def __len__(self) -> int:
        return len(self.hot) + len(self.cold)

    def clear(self) -> None:
        self.hot = {}
        self.cold = {}
