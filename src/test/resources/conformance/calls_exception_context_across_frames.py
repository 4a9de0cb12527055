# Exceptions crossing Python-to-Python calls keep CPython's context rules: a bare raise in a callee re-raises
# the caller's handled exception, a new error raised in a callee during handling gets it as __context__,
# binding errors are raised at the call site, and the uncaught traceback lists each call with its line.
def reraiser():
    raise


def fails_while_handling():
    raise ValueError("from callee")


def area(width, height=1, *, scale=1):
    return width * height * scale


class Shape:
    def __init__(self, sides):
        self.sides = sides

    def describe(self, prefix, *, suffix=""):
        return prefix + str(self.sides) + suffix

    def broken(self, n):
        return self.helper(n=n)

    def helper(self, n):
        return [1, 2][n]


try:
    try:
        1 / 0
    except ZeroDivisionError:
        reraiser()
except ZeroDivisionError as e:
    print("re-raised:", e)

try:
    try:
        {}["k"]
    except KeyError:
        fails_while_handling()
except ValueError as e:
    print("context:", repr(e.__context__))

for call in (lambda: area(), lambda: area(1, 2, 3), lambda: area(1, scale=2, depth=3), lambda: area(1, width=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

s = Shape(4)
describe = s.describe
print(describe("sides: ", suffix="!"), area(2, height=3, scale=4), area(width=5))


def outer(n):
    try:
        return inner(n)
    finally:
        print("outer finally", n)


def inner(n):
    if n > 2:
        return inner(n - 1)
    return s.broken(n + 5)


outer(4)
