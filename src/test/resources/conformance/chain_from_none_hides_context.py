def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"{key} not found") from None


try:
    lookup({}, "a")
except LookupError as e:
    print(repr(e), e.__cause__, e.__context__ is not None, e.__suppress_context__)
lookup({}, "b")
