s = {100000, -1, 5, 33, 1 << 40, 7, 8, 0}
print(s)
print(sorted(s), len(s))
print({-5, -4, -3, 3, 4, 5}, {2 ** 61, 2 ** 61 - 1, 1})
a = {1, 2, 3, 40, 50}
b = {3, 40, 60, 70}
print(a | b, a & b, a - b, b - a, a ^ b)
evens = set()
for i in range(20, 0, -3):
    evens.add(i)
print(evens)
evens.discard(20)
evens.remove(17)
print(evens, 11 in evens, min(evens), max(evens))
print([x for x in {9, 18, 27, 36}], set([3, 3, 1, 2]), set(range(5)) == {0, 1, 2, 3, 4})
