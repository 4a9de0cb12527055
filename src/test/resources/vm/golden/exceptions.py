def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("r")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def nested():
    try:
        raise TypeError("t")
    except TypeError:
        raise
try:
    nested()
except TypeError as e:
    print("reraised", e)
try:
    [][1]
except IndexError as e:
    print(e)
try:
    {}["x"]
except KeyError as e:
    print(e, repr(e))
try:
    None.x
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("vals", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest", repr(rest))
assert True
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
def genclose():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
gg = genclose(); print(next(gg)); gg.close()
def deleg():
    r = yield from genret()
    print("got", r)
def genret():
    yield "a"
    return "ret"
print(list(deleg()))
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
