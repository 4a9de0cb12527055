x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 < x != 5)
for value in [0, 1, "", "a", [], [0], {}, None, 0.0, (), set()]:
    print(repr(value), bool(value))
print(None or "default", 0 and "never", "a" and "b", [] or {} or "last")
print(not None, not 1, 3 if x > 4 else 4, x is None, x is not None)
print("b" in ["a", "b"], 3 not in (1, 2), "k" in {"k": 1}, 1 in {1: "x"})
