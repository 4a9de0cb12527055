def gen():
    yield 1
    raise StopIteration("inner")


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args, repr(e))
print(next(it, "default"))


class NoIter:
    pass


for bad in (NoIter(), 3, 2.5):
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    next(NoIter())
except TypeError as e:
    print("TypeError:", e)
for x in NoIter():
    pass
