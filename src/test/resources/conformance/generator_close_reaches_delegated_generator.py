def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

def use():
    o = outer()
    print(next(o))
    print("use returns")

use()
print("after use")

def pair():
    a = outer()
    b = inner()
    next(a)
    next(b)
    print("pair returns")

pair()
print("end")
