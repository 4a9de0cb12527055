def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(5))
g = 10
def setg():
    global g
    g += 1
setg(); print(g)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
def outer():
    x = "outer"
    class K:
        y = x
        def m(self):
            return x + "!"
    return K().m(), K.y
print(outer())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, b=3, a=4))
def kwonly(a, *, b, c=3): return a, b, c
print(kwonly(1, b=2), kwonly(a=0, b=1, c=2))
def posonly(a, b, /, c): return a + b + c
print(posonly(1, 2, c=3))
x = [1, 2, 3]
a, *b = x
*c, d = x
print(a, b, c, d)
(p, q), r = (1, 2), 3
print(p, q, r)
print(*x, sep="-")
print({**{"a": 1}, "b": 2, **{"a": 3}})
print([*x, *"ab"], (*x,), {*x})
print(x[::-1], x[1:], x[:-1], "hello"[1:4], "hello"[::2])
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2.0, 10 // 3, -10 // 3, 10 % -3, -7 % 3, 2 ** 100, 7 / 2, 2 ** -1)
print(0.1 + 0.2, 1e16, 1.5e-7, 3.0, -0.0, 1/3, 100.0, 12345678901234567890.0)
print(int("42") + 1, float("1.5"), str(3.0), repr("it's"), repr('say "hi"'))
i = 0
while i < 5:
    i += 1
    if i == 2: continue
    if i == 4: break
    print("i", i)
else:
    print("no")
for j in range(3):
    pass
else:
    print("for else", j)
print(f"{3.14159:.2f} {42:>5} {'x':*^7} {1234567:,} {0.5:%} {255:#x} {2.675:.2f}")
name = "w"; print(f"{name!r} {name=} {1+1=}")
print(type(1), type("a"), type(None).__name__, isinstance(True, int))
