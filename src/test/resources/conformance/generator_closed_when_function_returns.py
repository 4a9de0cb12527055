def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers finally")

def f():
    g = numbers()
    print("first", next(g))
    print("f returns")

f()
print("after f")
