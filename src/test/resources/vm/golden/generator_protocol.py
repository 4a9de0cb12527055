def g():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except KeyError as e:
        print("caught", e)
        y = yield 3
    return y
it = g()
print(next(it), it.send("a"), it.throw(KeyError("k")))
try:
    it.send("final")
except StopIteration as e:
    print("stop", e.value)
try:
    next(it)
except StopIteration:
    print("exhausted")
def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def sub():
    yield "s1"
    return "sub-result"
def outer():
    r = yield from sub()
    yield r
print(list(outer()))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        yield 2
c = closer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)
gen = (x for x in range(3))
print(gen.__name__ if hasattr(gen, "__name__") else "?", type(gen).__name__, iter(gen) is gen)
import asyncio
async def co():
    return 7
c = co()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def agen():
    yield 1
    yield 2
async def main():
    a = agen()
    print(await a.__anext__(), await a.__anext__())
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("async exhausted")
    print([x async for x in agen()])
    x = await asyncio.gather(co(), co())
    print(x)
asyncio.run(main())
def nested():
    def inner():
        yield from range(3)
    return list(inner())
print(nested(), sum(1 for _ in range(10)), list(zip(range(3), (c for c in "ab"))))
