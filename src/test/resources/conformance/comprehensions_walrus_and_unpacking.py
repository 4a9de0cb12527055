matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row if x % 2])
print([[row[i] for row in matrix] for i in range(3)])
print({x: x * x for x in range(5) if x > 1}, {len(w) for w in ["a", "bb", "cc"]})
print([y for x in range(6) if (y := x * 3) > 6])
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
print([total := total + v for v in data], total)
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = "xy", 3
print(a, b, c)
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)], start=1):
    print(i, name, score)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
print(*[1, 2], *"ab", sep="-")
merged = [*range(2), *[9]]
print(merged, {**{"a": 1}, "b": 2}, (*"hi",))
x, y = y, x = 1, 2
print(x, y)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
gen = (i * i for i in range(4))
print(sum(gen), sum(gen))
print(list(zip(*matrix)))
