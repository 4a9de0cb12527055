def check(v):
    if v == 3:
        raise ValueError(f"bad {v}")
    return v


def run(kind):
    if kind == "list":
        return [check(v) for v in range(5)]
    if kind == "dict":
        return {v: check(v) for v in range(5)}
    if kind == "gen":
        return list(check(v) for v in range(5))
    if kind == "lambda":
        return list(map(lambda v: check(v), range(5)))
    if kind == "set":
        return {check(v) for v in range(5)}


for kind in ("list", "dict", "gen", "lambda"):
    try:
        run(kind)
    except ValueError as e:
        tb = e.__traceback__
        print(kind, e)
run("set")
