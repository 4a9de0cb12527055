class Counter:
    count = 0
    tags = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.count = Counter.count * 10

    def tag(self, t):
        self.tags.append(t)


a = Counter("a")
b = Counter("b")
print(a.count, b.count, Counter.count)
a.tag("x")
b.tag("y")
print(a.tags, b.tags, a.tags is b.tags)
b.tags = ["own"]
print(a.tags, b.tags, Counter.tags)
del a.count
print(a.count)
Counter.count = 99
print(a.count, b.count)
print(sorted(b.__dict__.items()))
print("name" in a.__dict__, "tags" in a.__dict__, "tag" in Counter.__dict__)
print(getattr(a, "missing", "default"), getattr(Counter, "count"))
setattr(a, "dynamic", 5)
print(a.dynamic, hasattr(a, "dynamic"))
delattr(a, "dynamic")
print(hasattr(a, "dynamic"))
