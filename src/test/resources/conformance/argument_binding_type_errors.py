def f(a, b, c=3, *, key, flag=False):
    return (a, b, c, key, flag)


def g(x, /, y, *rest, **opts):
    return (x, y, rest, opts)


class K:
    def m(self, a):
        return a


print(f(1, 2, key="k"), f(*[1, 2], **{"key": "k", "flag": True}), g(1, 2, 3, 4, z=5))
print(g(1, y=2), g(*(1,), *(2, 3)), g(1, **{"y": 2}, **{"w": 3}))
cases = [
    lambda: f(1, 2),
    lambda: f(1, key=1),
    lambda: f(key=1),
    lambda: f(1, 2, 3, 4, key=1),
    lambda: f(1, 2, a=1, key=1),
    lambda: f(1, 2, key=1, bogus=2),
    lambda: g(x=1, y=2),
    lambda: g(),
    lambda: f(1, 2, **{"key": 1}, **{"key": 2}),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: f(1, 2, *5, key=1),
    lambda: f(1, 2, **[1], key=1),
    lambda: print(sep=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: K(1),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
