xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-2:], xs[::2], xs[::-1], xs[8:2:-2], xs[100:])
xs[1:3] = ["a", "b", "c"]
print(xs)
del xs[0]
del xs[::3]
print(xs)
t = (1, 2, 3)
print(t[1:], t * 2, t + (4,), (5,), len(t), t.index(2), t.count(3))
ys = [3, 1, 2]
ys.append(4)
ys.extend([0, 9])
ys.insert(1, 7)
print(ys, ys.pop(), ys.pop(0), ys)
ys.remove(2)
ys.sort()
print(ys, sorted(ys, reverse=True), ys.index(4))
ys.reverse()
print(ys, [1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
nested = [[0] * 3 for _ in range(2)]
nested[0][1] = 5
print(nested, [[0] * 2] * 2)
print(list("abc"), tuple([1, 2]), list(reversed([1, 2, 3])), [1, 2, 3].copy())
