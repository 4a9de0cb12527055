class Box:
    def __init__(self):
        self.items = [1]
        self.count = 0

b = Box()
b.count += 5
b.items += [2, 3]
b.items *= 2
d = {"k": 1}
d["k"] += 10
d.setdefault("list", []).append("x")
grid = [[0, 0], [0, 0]]
grid[1][0] -= 3
s = "ab"
s += "cd"
n = 7
n //= 2
n **= 3
n %= 5
f = 1.5
f *= 4
print(b.count, b.items, d, grid, s, n, f)
alias = b.items
alias += [9]
print(b.items is alias, b.items)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
