a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), key="v", **{"other": 4}))
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
