def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")

def fails():
    g = numbers("in failing frame")
    next(g)
    raise ValueError("boom")

try:
    fails()
except ValueError:
    print("caught")
print("after except")

try:
    fails()
except ValueError as e:
    print("caught as e")
print("after except as e")

def loop_fails():
    for x in numbers("loop iterator"):
        raise KeyError(x)

try:
    loop_fails()
except KeyError:
    print("caught key error")
print("end")
