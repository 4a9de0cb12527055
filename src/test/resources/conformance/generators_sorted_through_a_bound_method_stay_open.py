def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")

def key(g):
    return next(g)

items = [numbers("a"), numbers("b")]
sort = items.sort
sort(key=key)
print("sorted with a bound method, both open")
items = None
print("end")
