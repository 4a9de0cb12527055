x = [*a, *b]
f(*a, *b, **c, **d)
y = a[1:2, ::3], a[()], a[..., 1], a[:, None]
g = lambda *a, **k: 0
h = lambda x=(1, 2): x
z = not not x
w = -x ** 2
a, = b
[a, b] = c
(a), b = c
data = [y := f(v) for v in items if y]
if (n := len(a)) > 10:
    pass
while (chunk := read()):
    pass
def gen():
    v = a if b else (yield)
    return *a, b
def gen2():
    yield *a, b
s = {**a}
t = {1}
msg = ("part one "
       "part two"
       f" {x}")
fs = f"{x!r:^{w}.{p}}" f"{'a' if x else 'b'}" f"{x:{'>'}{10}}"
fs2 = f"{'\n'.join(lines)}"
fs3 = f"""{
    x  # comment inside
    + 1
}"""
fs4 = f"{x!r}" f'{y!s:>10}' f"{{{x}}}"
fs5 = f"{f'{f"{x}"}'}"
fs6 = f"{x:>{w}}" f"{x=:{w}}" f"{x = !r:^20}"
fs7 = f"{a['b']:{c}}" f"{ {'k': 1}['k'] }" f"{[i for i in range(3)]}"
nums = 0_0, 1_000.000_1e1_0, 0e0, 1.e5, 0xdead_BEEF, 0O17, 0B1
print(end='')
print(*args, sep=', ', end='\n', file=None)
cmp = a is not None and b not in c and not d is e
tern = (lambda: 1) if x else (lambda: 2)
mod = a % b @ c // d
sh = ~a << 2 >> 1 & 0xFF | 1 ^ 2
big = 2 ** 100
neg = -2147483648
sub = x[1:-1:2], x[:-1], x[::], x[a:b]
call = f(a)(b)(c)
attr = a.b.c.d()
bslash = 'a\
b'
assert isinstance(x, (int, float)), f"bad {x!r}"
