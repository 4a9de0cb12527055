r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5) == range(0, 5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), list(range(10, 0, -3)))
print(list(range(0, 10, -1)), len(range(-5)), range(3)[-3], list(reversed(range(4))), sum(range(1, 101)))
print(repr(range(0)), range(1, 2, 1), range(-3, 3).start, range(-3, 3).stop, range(5).step, bool(range(0)))
print(max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True), list(range(3)) * 2)
for bad in (lambda: range(1, 2, 0), lambda: range(3)[5], lambda: range(1.5), lambda: range(3).index(7)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
big = range(10 ** 12)
print(len(big), big[-1], big[10 ** 11], 999 in big)
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)])
