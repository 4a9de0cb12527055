class LRUCache:
    """A least-recently-used cache on dict insertion order."""

    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self._data: dict = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key not in self._data:
            self.misses += 1
            return default
        self.hits += 1
        value = self._data.pop(key)
        self._data[key] = value
        return value

    def put(self, key, value) -> None:
        if key in self._data:
            self._data.pop(key)
        elif len(self._data) >= self.capacity:
            oldest = next(iter(self._data))
            print(f"evict {oldest!r}")
            del self._data[oldest]
        self._data[key] = value

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        return f"LRUCache({list(self._data.items())}, hits={self.hits}, misses={self.misses})"


cache = LRUCache(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"), cache.get("zz", -1))
cache.put("c", 3)
print("b" in cache, len(cache), cache)
cache.put("a", 10)
cache.put("d", 4)
print(cache)


def lru(maxsize=2):
    def decorator(fn):
        store = LRUCache(maxsize)
        sentinel = object()

        def wrapper(*args):
            hit = store.get(args, sentinel)
            if hit is not sentinel:
                return hit
            result = fn(*args)
            store.put(args, result)
            return result

        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorator


@lru(maxsize=3)
def slow_square(n):
    """Squares slowly."""
    print("computing", n)
    return n * n


print([slow_square(n) for n in (2, 3, 2, 4, 5, 2)])
print(slow_square.__name__, slow_square.__doc__, slow_square.cache.hits, slow_square.cache.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
