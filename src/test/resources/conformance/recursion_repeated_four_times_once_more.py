def walk(n):
    if n == 4:
        raise LookupError("depth 4")
    walk(n + 1)


walk(0)
