x = a or b or c and d and not e
y = a if b else c if d else e
z = (w := 10) + w
print(n := 5)
r = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 ** 9
s = -x + +y - ~z
t = -2 ** -3
u = a | b ^ c & d << 1 >> 2
v = a < b <= c > d >= e == f != g is h is not i in j not in k
calls = f(1, *args, key=2, **kw, other=3)
calls2 = f(x for x in y)
calls3 = obj.method(a)(b)[c].d[e:f:g][::2][1:][:3][::][h, i][j:k, l]
star_sub = a[*b]
star_sub2 = a[*b, c]
lst = [1, *a, 2]
st = {1, *a}
dct = {1: 2, **a, 'k': v}
empty = [], (), {}
tup = 1,
tup2 = (1,)
tup3 = 1, 2, *c
paren = (a)
gen = (i for i in range(10) if i % 2 if i > 3 for j in range(i))
lc = [i * j for i in range(3) for j in range(4)]
sc = {i for i in x}
dc = {k: v for k, v in items}
nested = [[i for i in row] for row in grid]
sl = a[1], a[-1], a[1:2], a[:], a[::-1]
cond_attr = (a if b else c).d
ellipsis = ...
consts = True, False, None
nums = 0, 7, 1_000_000, 0x_FF, 0o17, 0b1010, 1.5, 1e10, 1.5e-3, 3., .5, 1_0.0_1, 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFF, 00, 1E+5
kw = not a == b
await_in_call = f(**{'a': 1})
ifs = [x for x in y if x if not x]
ws = 1if x else 2
lam_in_call = sorted(xs, key=lambda t: (t[1], -t[0]))
yield_ = None
chained = a.b.c.d
