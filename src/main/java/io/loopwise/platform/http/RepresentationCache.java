package io.loopwise.platform.http;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Serialised representations of read-mostly resources, keyed by resource, so that hot GETs cost neither a query
 * nor serialisation. Entries expire after a time to live (another instance may import newer content into a shared
 * database) and are dropped at once by {@link #clear()} when this instance imports.
 *
 * <p>Loads are single-flight: requests that miss at the same moment (a cold start, an expiry under load) share
 * one load instead of each querying the database. A failed load (e.g. an unknown slug) is not kept, so the cache
 * only ever holds representations that exist.
 */
public final class RepresentationCache {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    public RepresentationCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The cached representation for {@code key}, or the loader's result, shared with concurrent callers. */
    public Uni<Representation> get(String key, Supplier<Uni<Representation>> loader) {
        long now = System.nanoTime();
        Entry entry = entries.compute(key, (k, current) -> current != null && now - current.loadedAt < ttlNanos
                ? current
                : new Entry(loader.get().memoize().indefinitely(), now));
        return entry.representation.onFailure().invoke(() -> entries.remove(key, entry));
    }

    public void clear() {
        entries.clear();
    }

    private record Entry(Uni<Representation> representation, long loadedAt) {
    }
}
