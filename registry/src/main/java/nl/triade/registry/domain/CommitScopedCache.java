package nl.triade.registry.domain;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import nl.triade.registry.domain.CommitWatch.Generations;

/**
 * Values read from the database, kept until the next commit anyone makes that could change them
 * ({@link CommitWatch}; the cache's {@code scope} picks the generation: every commit, or only those
 * that changed a caller): a value put under one generation is found only under that same
 * generation, and the first look at a newer one drops them all at once. So nothing here is ever
 * older than the database as the request that finds it began, on any instance, and no entry needs
 * its own invalidation. Bounded in entries and in weight (bytes, for rendered documents): once full,
 * values are read but not kept until the next generation starts afresh.
 */
public final class CommitScopedCache<K, V> {
    private final CommitWatch commits;
    private final ToLongFunction<Generations> scopeOf;
    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private volatile Scope<K, V> scope = new Scope<>(Long.MIN_VALUE);

    public CommitScopedCache(CommitWatch commits, ToLongFunction<Generations> scope, int maxEntries, long maxWeight,
                             ToLongFunction<V> weigher) {
        this.commits = commits;
        this.scopeOf = scope;
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** Values of one generation, and what they weigh together. */
    private record Scope<K, V>(long generation, ConcurrentHashMap<K, V> entries, AtomicLong weight) {
        Scope(long generation) {
            this(generation, new ConcurrentHashMap<>(), new AtomicLong());
        }
    }

    /** The generation now: take it before reading what is then {@link #put} under it. */
    public long generation() {
        return generationIn(commits.generations());
    }

    /** This cache's generation in a look already taken (a request's, shared by the caches it uses). */
    public long generationIn(Generations look) {
        return scopeOf.applyAsLong(look);
    }

    /** The value kept under {@code generation}, if any. */
    public Optional<V> get(long generation, K key) {
        Scope<K, V> current = scopeOf(generation);
        return current == null ? Optional.empty() : Optional.ofNullable(current.entries().get(key));
    }

    /** Keeps {@code value}, read after {@code generation} was taken, unless a newer generation began meanwhile or the cache is full. */
    public void put(long generation, K key, V value) {
        Scope<K, V> current = scopeOf(generation);
        if (current == null || current.entries().size() >= maxEntries) {
            return;
        }
        long weight = weigher.applyAsLong(value);
        if (current.weight().addAndGet(weight) > maxWeight) {
            current.weight().addAndGet(-weight);
            return;
        }
        V replaced = current.entries().put(key, value);
        if (replaced != null) {
            current.weight().addAndGet(-weigher.applyAsLong(replaced));
        }
    }

    /** The scope of {@code generation}, begun if it is newer than the kept one; null for an older one. */
    private Scope<K, V> scopeOf(long generation) {
        Scope<K, V> current = scope;
        if (current.generation() == generation) {
            return current;
        }
        if (current.generation() > generation) {
            return null;
        }
        synchronized (this) {
            if (scope.generation() < generation) {
                scope = new Scope<>(generation);
            }
            return scope.generation() == generation ? scope : null;
        }
    }
}
