t = (3, 1, 2)
print(t[0], t[-1], t[1:], t * 2, t + (4,), len(t), 2 in t, t.index(2), t.count(1), sorted(t), min(t))
single = (5,)
not_tuple = (5)
print(single, type(single).__name__, not_tuple, type(not_tuple).__name__, (), type(()).__name__, tuple())
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = ([1, 2], "x")
nested[0].append(3)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), (1, 2) == (1, 2.0), (1, 2) < (1, 2, 0))
print((1, "a") < (1, "b"), (2,) > (1, 99), max([(1, "z"), (2, "a")]), sorted([(2, "b"), (2, "a"), (1, "c")]))
coords = {(0, 0): "origin", (1, 2): "p"}
print(coords[(1, 2)], coords.get((9, 9)), (0, 0) in coords, list(coords))
a, b = b, a = (1, 2)
print(a, b)
point = 3, 4
x, y = point
print(point, x * y, tuple("abc"), tuple(range(3)), tuple({"k": 1}), list(zip(*[(1, "a"), (2, "b")])))
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
print(hash(()) == hash(()), hash(-1), hash(-2), hash(0), hash(True), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.0), hash(0.5))
