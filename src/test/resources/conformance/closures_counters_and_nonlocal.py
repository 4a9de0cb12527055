def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
other, _ = make_counter()
print(other(), inc())


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()])


def accumulate():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    return add


acc = accumulate()
print(acc(1), acc(2), acc(3))


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    return middle(), x


print(outer())


def cells_shared():
    fns = []
    for i in range(3):
        def show():
            return i
        fns.append(show)
    i = 99
    return [f() for f in fns]


print(cells_shared())
gen_fns = [(lambda: n) for n in "ab"]
print([g() for g in gen_fns])


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        cache[args] = result = fn(*args)
        return result

    wrapper.cache = cache
    return wrapper


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), len(paths.cache))
