d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 0
print(d, d.get("zz"), d.get("zz", "default"), "c" in d, len(d))
print(d.pop("c"), d.setdefault("e", 5), d)
d.update({"f": 6}, g=7)
print(d)
print({k: v for k, v in d.items() if v > 5})
counts = {}
for w in "the cat the hat the".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
s = {3, 1, 2, 3, 100, 10}
print(s, len(s), 2 in s, sorted(s))
s.add(7)
s.discard(100)
print(s, {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({x % 5 for x in range(12)}, set(), dict(a=1), dict([("x", 1)]))
print(list(zip(["a", "b"], [1, 2, 3])), dict(zip("ab", range(2))))
