d = {"a": 1, "b": 2}
print(sorted(d.keys() | {"c"}), d.keys() - {"a"}, d.items() & {("a", 1)}, d.keys() ^ {"a", "z"} == {"b", "z"})
print(list(d.values()) == [1, 2], d.values() == d.values(), type(d.keys()).__name__)
print({**d, "a": 0}, dict(d, c=3), dict(**d), d == dict(b=2, a=1), list(d.items())[0], len(d.items()))
l = [3, 1, 2]
print(l.__len__(), l.__getitem__(0), l.__contains__(3), "abc".__len__())
print(str.upper("x"), dict.get(d, "a"), str.join("-", "ab"))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True), {v: k for k, v in d.items()}, dict(zip(d.values(), d)))
s = "Hello"
print(s.__contains__("ell"), s.__getitem__(slice(1, 3)), s.__hash__() == hash(s))
print(object.__repr__(3)[:5] if False else "-", type.__name__, object.__name__, int.__mro__, bool.__bases__)
x = [1, 2, 3]
y = x[:]
z = list(x)
w = x.copy()
print(y is x, z == x, w is not x, x[:] == x, x[::-1] is not x, [*x] == x)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow, nested[0] is shallow[0])
print(sum(1 for _ in range(10) if _ % 3 == 0), max(range(5), key=lambda v: (v % 3, v)), min("bca"), sorted("bca", key=ord))
