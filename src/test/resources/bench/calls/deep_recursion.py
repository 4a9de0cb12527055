def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

s = 0
for _ in range(50):
    s += depth(150)
print(s)
