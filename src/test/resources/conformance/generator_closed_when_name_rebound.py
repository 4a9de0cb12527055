def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")

g = numbers("rebound")
print("first", next(g))
g = None
print("after rebinding")

h = numbers("deleted")
print("first", next(h))
del h
print("after del")

def local():
    k = numbers("local rebound")
    next(k)
    k = numbers("second")
    print("rebound inside function")
    next(k)
    print("local returns")

local()
print("end")
