a = b = []
a.append(1)
print(a, b, a is b)
x = y = 5
x += 1
print(x, y)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 7
print(m)
calls = []


def key(k):
    calls.append(k)
    return k


counts = {"a": 0}
counts[key("a")] += 5
print(counts, calls)
lst = [1, 2, 3]
lst[key(1)] *= 10
print(lst, calls)


class Box:
    def __init__(self):
        self.items = []
        self.n = 0


def get_box():
    calls.append("box")
    return box


box = Box()
get_box().n += 2
get_box().items += [1]
print(box.n, box.items, calls[-2:])
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "ab"
s2 = s
s += "c"
print(s, s2)
first, *rest = "hello"
*init, last = [1]
print(first, rest, init, last)
(p, q), [r, s] = (1, 2), "xy"
print(p, q, r, s)
i = 0
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] = d.get("k", 0) + 1
print(d)
n = 10
n //= 3
n **= 2
n %= 5
n <<= 3
n |= 1
n ^= 0b11
n >>= 1
print(n, -7 >> 1, ~5, 6 & 3, 6 | 3, 6 ^ 3, 1 << 70)
