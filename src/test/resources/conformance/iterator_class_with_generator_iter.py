class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)


t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), sum(t), 4 in t, 5 in t, max(t))
for depth, value in t.depth_first():
    print("  " * depth + str(value))
it = iter(t)
print(next(it), next(it), list(it), list(it))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return RangeIterator(self.n)


class RangeIterator:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1


r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r])
print(dict(zip(Range2(3), "abc")), list(enumerate(Range2(2))), sorted(Range2(3), reverse=True))
calls = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(calls), None)))


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
