print(min([], default="empty"), max([], default=None))
print(max([3, 7, 2], key=lambda x: -x), min("banana", key="abn".index))
print(max((1, "b"), (1, "a")), min([[2], [1, 5], [1]]))
print(sorted([(1, "b"), (0, "z"), (1, "a")]))
records = [{"n": "x", "s": 3}, {"n": "y", "s": 9}, {"n": "z", "s": 9}]
print(max(records, key=lambda r: r["s"])["n"], sorted(records, key=lambda r: r["s"], reverse=True)[0]["n"])
print(sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101)), round(sum([0.1] * 3), 2))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
