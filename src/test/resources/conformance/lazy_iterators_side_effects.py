def numbers(label, n):
    for i in range(n):
        print(f"{label} yields {i}")
        yield i


m = map(lambda x: x * 10, numbers("m", 3))
print("map created")
print(next(m))
print(list(m))
f = filter(lambda x: x % 2 == 0, numbers("f", 4))
print("filter created")
print(list(f), list(f))
z = zip(numbers("a", 3), numbers("b", 2))
print(list(z))
e = enumerate(numbers("e", 2), start=1)
print(next(e), list(e))
gen = (x * x for x in numbers("g", 3))
print("genexpr created")
print(any(v > 0 for v in gen), list(gen))
print(all(x < 1 for x in numbers("all", 5)))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
squares = map(pow, [2, 3], [2, 3])
print(list(squares), list(map(str.upper, "ab")), sum(map(len, ["ab", "c"])))
print(sorted(numbers("s", 2), reverse=True), max(numbers("mx", 2)), min(numbers("mn", 1), default=None))
it = iter(range(5))
print(list(zip(it, it)), list(it))
print(type(map(str, [])).__name__, type(zip()).__name__, type(iter([])).__name__, type(x for x in []).__name__)
