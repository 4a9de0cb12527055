print(list(enumerate("abc", start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(min(3, 1, 2), max("apple", "fig", key=len), min([], default="empty"), max([(1, "b"), (1, "a")]))
print(min([4, 2, 8], key=lambda v: -v), max({"x": 3, "y": 9}, key={"x": 3, "y": 9}.get))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted("hello", reverse=True), sorted({3: 0, 1: 0}))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, "", "x", None])))
print(list(reversed(range(3))), list(reversed((1, 2))), abs(-3.5), abs(-7), abs(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -1), pow(-8, 1 / 3) if False else pow(4, 0.5))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 % -2, 7.0 // 2, -7.5 % 2, 5 % 0.5)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
