def inner(n):
    for i in range(n):
        received = yield i
        if received is not None:
            print("inner got", received)
    return f"inner done after {n}"


def outer():
    result = yield from inner(3)
    print("outer saw:", result)
    extra = yield from [10, 11]
    print("list delegation gives", extra)
    return "outer done"


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


def gen_return():
    yield 1
    return 42


print(list(gen_return()))
it = gen_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
print(next(it, "exhausted"), next(iter([]), None))


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count


a = averager()
next(a)
for v in (10, 20, 60):
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
