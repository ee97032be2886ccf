"""The bounded per-form memo every stage's word caches use."""

from rasad.text.cache import GenerationCache


def test_generation_cache_holds_at_most_two_generations():
    cache: GenerationCache[int, int] = GenerationCache(limit=3)
    for k in range(10):
        if cache.get(k) is None:
            cache.put(k, k * k)
        assert len(cache) <= 6
    assert cache.get(9) == 81
    assert cache.get(0) is None  # dropped with an old generation


def test_cold_hit_is_promoted_and_false_is_a_value():
    cache: GenerationCache[str, bool] = GenerationCache(limit=2)
    cache.put("a", False)
    cache.put("b", True)
    cache.put("c", True)  # "a" and "b" are now the cold generation
    assert "a" in cache.cold
    assert cache.get("a") is False  # a cached False is a hit, not a miss
    assert "a" in cache.hot
    cache.put("d", True)  # hot (c, a) turns cold, b is dropped; a survives
    assert cache.get("a") is False
    assert cache.get("b") is None
