a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a < a, {1} < a, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 6]))
c = set()
c.add(3)
c.update([1, 2], {9})
c.discard(42)
c.remove(9)
print(sorted(c), len(c), 2 in c, c.pop() in {1, 2, 3}, len(c))
try:
    c.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
f = frozenset([3, 1, 2, 1])
print(f, len(f), f | {4}, type(f | {4}).__name__, {4} | f, type({4} | f).__name__)
print({f: "as key"}[frozenset({1, 2, 3})], hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(set("hello") == set("olleh"), sorted(set("mississippi")), {x % 3 for x in range(10)})
print(set(), frozenset(), {()}, set([(1, 2), (1, 2)]), {1, 1.0, True}, {0, False, 0.0})
seen = set()
dupes = [x for x in [3, 1, 3, 2, 1] if x in seen or seen.add(x)]
print(dupes, sorted(seen))
s = {1, 2, 3}
s -= {1}
s |= {10}
s &= {2, 10, 11}
s ^= {2, 20}
print(sorted(s))
try:
    for item in s:
        s.add(item + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
print({1, 2} == frozenset({1, 2}), {1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset((1,)))
