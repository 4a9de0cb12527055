def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


def mutate(f):
    xs = [3, 1, 2]
    r = f(xs)
    return (r, xs)


show("append", lambda: mutate(lambda xs: xs.append(4)))
show("extend", lambda: mutate(lambda xs: xs.extend(range(2))))
show("extend bad", lambda: mutate(lambda xs: xs.extend(5)))
show("insert", lambda: mutate(lambda xs: xs.insert(1, 9)))
show("insert neg", lambda: mutate(lambda xs: xs.insert(-1, 9)))
show("insert far", lambda: mutate(lambda xs: xs.insert(100, 9)))
show("pop", lambda: mutate(lambda xs: xs.pop()))
show("pop 0", lambda: mutate(lambda xs: xs.pop(0)))
show("pop bad", lambda: mutate(lambda xs: xs.pop(7)))
show("pop empty", lambda: [].pop())
show("remove", lambda: mutate(lambda xs: xs.remove(1)))
show("remove bad", lambda: mutate(lambda xs: xs.remove(7)))
show("index", lambda: [1, 2, 3, 2].index(2))
show("index start", lambda: [1, 2, 3, 2].index(2, 2))
show("index bad", lambda: [1, 2].index(5))
show("count", lambda: [1, 2, 1, 1.0, True].count(1))
show("clear", lambda: mutate(lambda xs: xs.clear()))
show("copy", lambda: mutate(lambda xs: xs.copy()))
show("reverse", lambda: mutate(lambda xs: xs.reverse()))
show("sort", lambda: mutate(lambda xs: xs.sort()))
show("sort reverse", lambda: mutate(lambda xs: xs.sort(reverse=True)))
show("sort key", lambda: sorted(["bb", "a", "ccc", "dd"], key=len))
show("sort stable reverse", lambda: sorted(["bb", "a", "ccc", "dd", "e"], key=len, reverse=True))
show("sort mixed", lambda: sorted([1, "a"]))
show("sort mixed 2", lambda: sorted(["a", 1]))
show("sort positional", lambda: [3, 1].sort(5))
show("sorted tuples", lambda: sorted([(2, "b"), (1, "z"), (2, "a")]))
show("sorted floats", lambda: sorted([2.5, 1, -3, 0.0, True]))
show("add", lambda: [1, 2] + [3])
show("add bad", lambda: [1] + (2,))
show("mul", lambda: [0] * 3)
show("mul nested", lambda: [[1]] * 2)
show("rmul", lambda: 2 * [1, 2])
show("slice", lambda: [0, 1, 2, 3, 4, 5][1:5:2])
show("slice neg", lambda: [0, 1, 2, 3, 4, 5][::-2])
show("slice out", lambda: [0, 1, 2][5:10])
show("index err", lambda: [1][3])
show("neg index", lambda: [1, 2, 3][-1])
show("cmp", lambda: [[1, 2] < [1, 3], [1, 2] < [1, 2, 0], [1] == [1.0], (1, 2) < (1, 2)])
show("cmp bad", lambda: [1] < ["a"])
show("in", lambda: [2 in [1, 2], 5 in (1, 2), [1] in [[1]]])
show("tuple count", lambda: (1, 2, 1).count(1))
show("tuple index", lambda: (1, 2, 1).index(2))
show("tuple index bad", lambda: (1,).index(3))
show("tuple single", lambda: (1,))
show("tuple empty", lambda: ())
show("tuple concat", lambda: (1, 2) + (3,))
show("tuple mul", lambda: (1, 2) * 2)
show("nested repr", lambda: [1, "a", (2.5, None), {"k": [True]}])
xs = [1, 2]
xs.append(xs)
show("recursive", lambda: xs)
d = {"a": 1}
d["self"] = d
show("recursive dict", lambda: d)
show("list of str", lambda: list("hey"))
show("list range", lambda: list(range(5, 0, -2)))
show("tuple gen", lambda: tuple(x * x for x in range(4)))
show("len", lambda: [len([]), len((1, 2)), len([[1, 2]])])
def del_slice(xs):
    del xs[0:2]


def assign_slice(xs):
    xs[0:1] = [7, 8, 9]


def iadd(xs):
    xs += (7,)


show("del slice", lambda: mutate(del_slice))
show("assign slice", lambda: mutate(assign_slice))
show("unhashable", lambda: hash([1]))
show("list bool", lambda: [bool([]), bool([0]), bool(())])
show("iadd", lambda: mutate(iadd))
