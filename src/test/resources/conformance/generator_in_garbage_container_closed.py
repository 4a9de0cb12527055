def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")

def collect():
    items = [numbers("a"), numbers("b")]
    for g in items:
        next(g)
    print("collect returns")

collect()
print("after collect")

def by_name():
    table = {"x": numbers("x"), "y": numbers("y")}
    for g in table.values():
        next(g)
    print("by_name returns")

by_name()
print("end")
