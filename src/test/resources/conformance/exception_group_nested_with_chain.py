def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f"not a number: {text}") from e


def parse_all(texts):
    errors = []
    for t in texts:
        try:
            parse(t)
        except TypeError as e:
            errors.append(e)
    inner = ExceptionGroup("inner", errors)
    raise ExceptionGroup("outer", [inner, RuntimeError("also")])


parse_all(["1", "x", "y"])
