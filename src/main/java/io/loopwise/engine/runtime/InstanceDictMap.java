package io.loopwise.engine.runtime;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The live {@code obj.__dict__} of an instance: a dict whose storage is the instance's own attribute map, so
 * {@code obj.__dict__[k] = v}, {@code obj.__dict__.update(...)} and {@code del obj.__dict__[k]} change the object
 * as in CPython. Keys are str; it extends LinkedHashMap only to be a {@link PyDict}'s map, every operation goes
 * to the attribute map (insertion-ordered, as the instance keeps it).
 */
final class InstanceDictMap extends LinkedHashMap<PyObject, PyObject> {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, PyObject> attributes;

    InstanceDictMap(Map<String, PyObject> attributes) {
        this.attributes = attributes;
    }

    private static String name(Object key) {
        return key instanceof PyStr ? ((PyStr) key).value() : null;
    }

    private static String requireName(PyObject key) {
        if (!(key instanceof PyStr)) {
            key.hashCode(); // unhashable keys fail as in any dict
            throw PyException.typeError("the sandbox's instance __dict__ only takes str keys, not "
                    + key.type().name());
        }
        return ((PyStr) key).value().intern();
    }

    @Override
    public int size() {
        return attributes.size();
    }

    @Override
    public boolean isEmpty() {
        return attributes.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        String n = name(key);
        return n != null && attributes.containsKey(n);
    }

    @Override
    public boolean containsValue(Object value) {
        return attributes.containsValue(value);
    }

    @Override
    public PyObject get(Object key) {
        String n = name(key);
        return n == null ? null : attributes.get(n);
    }

    @Override
    public PyObject getOrDefault(Object key, PyObject dflt) {
        PyObject v = get(key);
        return v == null ? dflt : v;
    }

    @Override
    public PyObject put(PyObject key, PyObject value) {
        return attributes.put(requireName(key), value);
    }

    @Override
    public void putAll(Map<? extends PyObject, ? extends PyObject> m) {
        m.forEach(this::put);
    }

    @Override
    public PyObject putIfAbsent(PyObject key, PyObject value) {
        PyObject v = get(key);
        return v != null ? v : put(key, value);
    }

    @Override
    public PyObject remove(Object key) {
        String n = name(key);
        return n == null ? null : attributes.remove(n);
    }

    @Override
    public void clear() {
        attributes.clear();
    }

    @Override
    public PyObject computeIfAbsent(PyObject key, Function<? super PyObject, ? extends PyObject> f) {
        PyObject v = get(key);
        if (v == null) {
            v = f.apply(key);
            if (v != null) {
                put(key, v);
            }
        }
        return v;
    }

    @Override
    public PyObject merge(PyObject key, PyObject value,
                          BiFunction<? super PyObject, ? super PyObject, ? extends PyObject> f) {
        PyObject old = get(key);
        PyObject v = old == null ? value : f.apply(old, value);
        if (v == null) {
            remove(key);
        } else {
            put(key, v);
        }
        return v;
    }

    @Override
    public void forEach(BiConsumer<? super PyObject, ? super PyObject> action) {
        attributes.forEach((k, v) -> action.accept(PyStr.of(k), v));
    }

    @Override
    public Set<Map.Entry<PyObject, PyObject>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<PyObject, PyObject>> iterator() {
                Iterator<Map.Entry<String, PyObject>> it = attributes.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<PyObject, PyObject> next() {
                        Map.Entry<String, PyObject> e = it.next();
                        return new AbstractMap.SimpleEntry<>(PyStr.of(e.getKey()), e.getValue()) {
                            @Override
                            public PyObject setValue(PyObject value) {
                                super.setValue(value);
                                return e.setValue(value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        it.remove();
                    }
                };
            }

            @Override
            public int size() {
                return attributes.size();
            }
        };
    }

    @Override
    public Set<PyObject> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<PyObject> iterator() {
                Iterator<Map.Entry<PyObject, PyObject>> it = entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public PyObject next() {
                        return it.next().getKey();
                    }

                    @Override
                    public void remove() {
                        it.remove();
                    }
                };
            }

            @Override
            public int size() {
                return attributes.size();
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    @Override
    public Collection<PyObject> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<PyObject> iterator() {
                return attributes.values().iterator();
            }

            @Override
            public int size() {
                return attributes.size();
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Map)) {
            return false;
        }
        Map<?, ?> other = (Map<?, ?>) o;
        return other.size() == size() && entrySet().stream().allMatch(e -> e.getValue().equals(other.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        throw PyException.typeError("unhashable type: 'dict'");
    }

    @Override
    public Object clone() {
        LinkedHashMap<PyObject, PyObject> copy = new LinkedHashMap<>();
        forEach(copy::put);
        return copy;
    }
}
