def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no {key!r}") from None

try:
    lookup({}, "a")
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
lookup({}, "b")
