package nl.triade.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CommitScopedCacheTest {
    private final AtomicLong commits = new AtomicLong(1);
    private final CommitScopedCache<String, String> cache = new CommitScopedCache<>(
            () -> new CommitWatch.Generations(commits.get(), 0), CommitWatch.Generations::commits, 3, 10, String::length);

    @Test
    void aValueIsFoundUnderTheGenerationItWasPutUnder() {
        long generation = cache.generation();
        cache.put(generation, "a", "eerste");
        assertEquals(Optional.of("eerste"), cache.get(cache.generation(), "a"));
    }

    @Test
    void aCommitDropsEverythingKept() {
        cache.put(cache.generation(), "a", "eerste");
        commits.incrementAndGet();
        assertTrue(cache.get(cache.generation(), "a").isEmpty());
        assertTrue(cache.get(1, "a").isEmpty(), "the older generation is gone, not kept beside the new one");
    }

    @Test
    void aValueReadBeforeACommitIsNotKeptAfterIt() {
        long before = cache.generation();
        commits.incrementAndGet();
        assertTrue(cache.get(cache.generation(), "a").isEmpty());
        cache.put(before, "a", "verouderd");
        assertTrue(cache.get(cache.generation(), "a").isEmpty());
    }

    @Test
    void noMoreEntriesThanAllowedAreKept() {
        long generation = cache.generation();
        for (String key : new String[] {"a", "b", "c", "d"}) {
            cache.put(generation, key, "x");
        }
        assertTrue(cache.get(generation, "d").isEmpty());
        assertEquals(Optional.of("x"), cache.get(generation, "c"));
    }

    @Test
    void noMoreWeightThanAllowedIsKeptAndAReplacedValueGivesItsWeightBack() {
        long generation = cache.generation();
        cache.put(generation, "a", "123456");
        cache.put(generation, "b", "12345");
        assertTrue(cache.get(generation, "b").isEmpty(), "6 + 5 is more than 10");
        cache.put(generation, "a", "1");
        cache.put(generation, "b", "12345");
        assertEquals(Optional.of("12345"), cache.get(generation, "b"));
    }
}
