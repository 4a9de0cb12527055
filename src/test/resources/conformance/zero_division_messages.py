for a, b in [(1, 0), (1.0, 0), (1, 0.0), (7, 0)]:
    for name, op in [("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b),
                     ("divmod", lambda: divmod(a, b))]:
        try:
            op()
        except ZeroDivisionError as e:
            print(type(a).__name__, name, type(b).__name__, "->", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("pow:", e)


def average(values):
    return sum(values) / len(values)


print(average([1, 2]))
average([])
