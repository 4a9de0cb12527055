package io.loopwise.platform.http;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Serialised representations of read-mostly resources, keyed by resource, so that hot GETs cost neither a query
 * nor serialisation. Entries expire after a time to live (another instance may import newer content into a shared
 * database) and are dropped at once by {@link #clear()} when this instance imports. Keys must come from a bounded
 * set (existing slugs): callers cache only representations that were found.
 */
public final class RepresentationCache {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    public RepresentationCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The cached representation for {@code key}, or the loader's result (cached unless null). */
    public Uni<Representation> get(String key, Supplier<Uni<Representation>> loader) {
        Entry entry = entries.get(key);
        long now = System.nanoTime();
        if (entry != null && now - entry.loadedAt < ttlNanos) {
            return Uni.createFrom().item(entry.representation);
        }
        return loader.get().invoke(loaded -> {
            if (loaded != null) {
                entries.put(key, new Entry(loaded, now));
            }
        });
    }

    public void clear() {
        entries.clear();
    }

    private record Entry(Representation representation, long loadedAt) {
    }
}
