def numbers(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print(tag, "finally")

def make(n):
    for i in range(n):
        g = numbers("made %d" % i)
        next(g)
        yield g

gens = list(make(3))
print("made", len(gens))

class Wrapper:
    def __init__(self, tag):
        self.g = numbers(tag)
        next(self.g)

    def step(self):
        return next(self.g)

w = Wrapper("wrapped")
print("wrapper steps", w.step())

def key(g):
    return next(g)

ordered = sorted((numbers("sorted %d" % i) for i in range(3)), key=key)
print("sorted", len(ordered))

best = max((numbers("max %d" % i) for i in range(3)), key=key)
print("max kept one", next(best))

pairs = dict((i, numbers("dict %d" % i)) for i in range(2))
for g in pairs.values():
    next(g)
print("dict built")

gens = None
print("gens dropped")
ordered = None
print("ordered dropped")
w = None
print("wrapper dropped")
pairs = None
print("end")
