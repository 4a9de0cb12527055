package io.loopwise.engine.runtime.builtins;

import java.util.NoSuchElementException;

/**
 * The hash table behind set and frozenset, mirroring CPython 3.12 {@code Objects/setobject.c} (open addressing,
 * {@code LINEAR_PROBES} = 9 consecutive slots then perturbed probing, dummy slots for deletions, the same resize
 * thresholds and the {@code pop} finger) so that sets of ints, floats and tuples iterate and pop in CPython's
 * order. Keys are compared by identity, then by equal hash and {@link Object#equals} (Python {@code ==}).
 * Callers supply CPython-compatible hashes ({@link PyHashes}).
 */
public final class SetTable<K> {
    public static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    private int finger;

    public int size() {
        return used;
    }

    /** The number of slots, for memory accounting. */
    public int capacity() {
        return mask + 1;
    }

    /** set_lookkey: the slot holding an equal key, or -1. */
    private int lookup(Object key, long hash) {
        while (true) {
            Object[] table = keys;
            long perturb = hash;
            int i = (int) (hash & mask);
            boolean restarted = false;
            outer:
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int slot = i;
                do {
                    Object start = keys[slot];
                    if (start == null) {
                        return -1;
                    }
                    if (start != DUMMY && hashes[slot] == hash) {
                        if (start == key) {
                            return slot;
                        }
                        boolean equal = start.equals(key);
                        if (table != keys || keys[slot] != start) {
                            restarted = true; // __eq__ mutated the set: start over, as CPython does
                            break outer;
                        }
                        if (equal) {
                            return slot;
                        }
                    }
                    slot++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
            if (!restarted) {
                return -1;
            }
        }
    }

    public boolean contains(K key, long hash) {
        return lookup(key, hash) >= 0;
    }

    /** The stored key equal to {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public K find(K key, long hash) {
        int slot = lookup(key, hash);
        return slot < 0 ? null : (K) keys[slot];
    }

    /** set_add_entry: adds the key unless an equal one is present; true if it was added. */
    public boolean add(K key, long hash) {
        restart:
        while (true) {
            long perturb = hash;
            int i = (int) (hash & mask);
            int freeSlot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int slot = i;
                do {
                    Object start = keys[slot];
                    if (start == null) {
                        if (freeSlot >= 0) {
                            used++;
                            keys[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            return true;
                        }
                        fill++;
                        used++;
                        keys[slot] = key;
                        hashes[slot] = hash;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (start == DUMMY) {
                        freeSlot = slot; // CPython keeps the last dummy seen on the probe path
                    } else if (hashes[slot] == hash) {
                        if (start == key) {
                            return false;
                        }
                        Object[] table = keys;
                        boolean equal = start.equals(key);
                        if (equal) {
                            return false;
                        }
                        if (table != keys || keys[slot] != start) {
                            continue restart;
                        }
                    }
                    slot++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** set_discard_entry: true if an equal key was present and is now removed. */
    public boolean discard(K key, long hash) {
        int slot = lookup(key, hash);
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    /** set_pop: removes and returns the next key after the finger. */
    @SuppressWarnings("unchecked")
    public K pop() {
        if (used == 0) {
            throw new NoSuchElementException("pop from an empty set");
        }
        int slot = finger & mask;
        while (keys[slot] == null || keys[slot] == DUMMY) {
            slot++;
            if (slot > mask) {
                slot = 0;
            }
        }
        K key = (K) keys[slot];
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        finger = slot + 1;
        return key;
    }

    /** set_clear_internal: back to an empty minimum-size table. */
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** The first occupied slot at or after {@code position}, or -1: iterate with {@code next(slot + 1)}. */
    public int next(int position) {
        for (int i = position; i <= mask; i++) {
            Object key = keys[i];
            if (key != null && key != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    public K keyAt(int slot) {
        return (K) keys[slot];
    }

    public long hashAt(int slot) {
        return hashes[slot];
    }

    /** set_merge: adds every key of {@code other}, with CPython's up-front resize and fast copies. */
    public void addAll(SetTable<K> other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object key = other.keys[i];
                if (key != null && key != DUMMY) {
                    insertClean(keys, hashes, mask, key, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object key = other.keys[i];
            if (key != null && key != DUMMY) {
                @SuppressWarnings("unchecked")
                K k = (K) key;
                add(k, other.hashes[i]);
            }
        }
    }

    /**
     * The up-front resize CPython does before adding the keys of a dict ({@code set_update_internal}):
     * call before adding {@code incoming} keys that are expected to be mostly new.
     */
    public void reserveForDict(int incoming) {
        if ((long) (fill + incoming) * 5 >= (long) mask * 3) {
            resize((used + incoming) * 2);
        }
    }

    /** After a difference_update: rebuild when more than a quarter of the slots are dummies. */
    public void purgeDummiesAfterDifference() {
        if ((fill - used) > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** A new table with the same keys (set.copy / make_new_set from a set). */
    public SetTable<K> copy() {
        SetTable<K> copy = new SetTable<>();
        copy.addAll(this);
        return copy;
    }

    /** Exchanges contents with {@code other} (set_swap_bodies, used by the in-place intersection). */
    public void swapWith(SetTable<K> other) {
        Object[] k = keys;
        keys = other.keys;
        other.keys = k;
        long[] h = hashes;
        hashes = other.hashes;
        other.hashes = h;
        int t = mask;
        mask = other.mask;
        other.mask = t;
        t = fill;
        fill = other.fill;
        other.fill = t;
        t = used;
        used = other.used;
        other.used = t;
    }

    /** frozenset_hash: order-independent, over the raw table like CPython. */
    public long frozensetHash() {
        long hash = 0;
        for (int i = 0; i <= mask; i++) {
            hash ^= shuffleBits(keys[i] == null ? 0 : hashes[i]);
        }
        if (((mask + 1 - fill) & 1) != 0) {
            hash ^= shuffleBits(0);
        }
        if (((fill - used) & 1) != 0) {
            hash ^= shuffleBits(-1);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** set_table_resize: the smallest power of two above {@code minUsed}, dummies dropped. */
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        if (newSize == MIN_SIZE && oldKeys.length == MIN_SIZE && fill == used) {
            return;
        }
        Object[] newKeys = new Object[newSize];
        long[] newHashes = new long[newSize];
        int newMask = newSize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            Object key = oldKeys[i];
            if (key != null && key != DUMMY) {
                insertClean(newKeys, newHashes, newMask, key, oldHashes[i]);
            }
        }
        keys = newKeys;
        hashes = newHashes;
        mask = newMask;
    }

    /** set_insert_clean: places a key known to be absent into a table without dummies. */
    private static void insertClean(Object[] table, long[] hashes, int mask, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
