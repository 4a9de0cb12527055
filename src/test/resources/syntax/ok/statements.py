x = 1
a = b = c = [1, 2, 3]
a, *rest = b
(p, q), [r, s] = (1, 2), [3, 4]
d: dict[str, int] = {}
e: int
(f): int = 3
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= y
obj.attr = 5
obj.items[1:2] = []
del a, b[0], c.d, (e, f), [g]
global gg
assert x > 0, "x must be positive"
assert y
if x:
    pass
elif y:
    pass
elif z:
    x = 1
else:
    x = 2
while True:
    if x:
        break
    continue
else:
    pass
for i in range(10):
    pass
else:
    print(i)
for k, v in d.items(): print(k, v)
for (i, j), *z in pairs: pass
with open_thing() as f, other() as (g, h):
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
raise
raise ValueError("x")
raise ValueError("x") from None
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as err:
    raise RuntimeError() from err
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
def outer():
    v = 0
    def inner():
        nonlocal v
        global w
        v += 1
        return v
    return inner
