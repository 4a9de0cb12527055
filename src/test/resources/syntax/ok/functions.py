def f(a, b=1, *args, c, d=2, **kwargs):
    return a, b, args, c, d, kwargs

def g(po, /, pk, *, kw): pass

def h(*, k=1): ...

def ann(a: int = 1, *b: str, c: "x" = None, **d: float) -> list[int]:
    pass

@decorator
@module.decorator(1, key=2)
def decorated():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    return 5

@dec
async def adec(): pass

async def agen():
    for i in range(3):
        yield i
    await x
    z = [await y async for y in aiter() if await pred(y)]

class A:
    pass

class B(A, metaclass=Meta, **extra):
    attr = 1

    def __init__(self, x):
        super().__init__()
        self.x = x

    async def __aenter__(self):
        return self

    def __repr__(self):
        return f"B({self.x!r})"

@dataclass
class C(): x: int = 0

lam = lambda: 0
lam2 = lambda a, b=2, *c, d, **e: a + b
lam3 = lambda *, k: k
lam4 = lambda: (yield)
def gen():
    lam5 = lambda: (yield)
