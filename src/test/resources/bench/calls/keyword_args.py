def area(width, height=1, *, scale=1):
    return width * height * scale

s = 0
for i in range(20000):
    s += area(i, height=2, scale=3)
    s -= area(width=i, height=5)
print(s)
