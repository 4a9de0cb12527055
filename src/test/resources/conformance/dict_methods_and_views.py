d = {"b": 2, "a": 1}
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.get("z"), d.get("z", 0), d.pop("b"), d.pop("zz", "gone"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e, repr(e))
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, d.popitem(), d)
print(d | {"a": 100, "new": 0}, {"k": 1} | {"k": 2})
d |= {"merged": True}
print(d)
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["late"] = 1
print(len(keys), list(values)[-1], ("late", 1) in items, "a" in keys)
print(keys & {"a", "x"} == {"a", "x"}, sorted(keys - {"a"}))
print(dict.fromkeys(["p", "q"], 0), dict(zip("ab", range(2))), dict([("k", "v")], extra=1))
print(list(reversed(d)), sorted(d, key=d.get, reverse=True)[:2])
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
copy = d.copy()
copy.clear()
print(len(d) > 0, copy, {1: "a", 1.0: "b", True: "c"})
