def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
show("plain", lambda: sorted(words))
show("key lower", lambda: sorted(words, key=str.lower))
show("key len reverse", lambda: sorted(words, key=len, reverse=True))
show("key tuple", lambda: sorted(words, key=lambda w: (len(w), w)))
scores = {"ann": 3, "bob": 1, "cy": 3, "dee": 2}
show("dict by value", lambda: sorted(scores.items(), key=lambda kv: kv[1]))
show("dict by value desc", lambda: sorted(scores, key=scores.get, reverse=True))
show("numbers", lambda: sorted([3, -1, 2.5, 0, -7, 10 ** 20, True]))
show("nested", lambda: sorted([[2, 1], [1, 5], [1, 2, 3], [1, 2]]))
show("none vs int", lambda: sorted([1, None, 2]))
show("str vs int", lambda: sorted(["b", 1]))
show("tuple with none", lambda: sorted([(1, None), (1, 2)]))
show("in place", lambda: (lambda xs: (xs.sort(key=lambda v: -v), xs))([5, 1, 4]))
show("sorted set", lambda: sorted({5, 3, 9, 1}))
show("sorted str", lambda: sorted("hello"))
show("sorted gen", lambda: sorted(x % 5 for x in range(12)))
show("reversed sorted", lambda: list(reversed(sorted([2, 3, 1]))))
show("max key ties", lambda: max(["aa", "b", "cc"], key=len))
show("min key ties", lambda: min(["aa", "b", "c"], key=len))
show("max dict", lambda: max(scores, key=scores.get))
show("min tuples", lambda: min([(2, "a"), (1, "z"), (1, "b")]))
show("max strings", lambda: max("apple", "Banana", "cherry"))


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


tasks = [Task(2, "write"), Task(1, "plan"), Task(2, "test"), Task(0, "idea"), Task(1, "review")]
show("user lt stable", lambda: sorted(tasks))
show("user lt reverse", lambda: sorted(tasks, reverse=True))
show("user max", lambda: max(tasks))
show("user min", lambda: min(tasks))
show("user key", lambda: sorted(tasks, key=lambda t: t.name))


class NoOrder:
    pass


show("no order", lambda: sorted([NoOrder(), NoOrder()]))
big = list(range(100, 0, -1)) + list(range(50))
show("big stable", lambda: sorted(big, key=lambda v: v % 7)[:20])
show("big reverse", lambda: sorted(big, reverse=True)[:10])


def modify_during_sort():
    xs = [3, 1, 2]

    def key(v):
        xs.append(v)
        return v

    xs.sort(key=key)
    return xs


show("modified during sort", modify_during_sort)
show("sort kw only", lambda: [1].sort(None))
