def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")

def started(tag):
    g = numbers(tag)
    next(g)
    return g

items = [started("first"), started("second"), started("third")]
items.pop()
print("after pop")
del items[0]
print("after del items[0]")
items[0] = None
print("after overwrite")

table = {"a": started("a"), "b": started("b")}
table.pop("a")
print("after dict pop")
table["b"] = 0
print("after dict overwrite")

kept = started("kept")
items = [kept, kept]
items.clear()
print("after clear, kept still referenced")
kept = None
print("end")
