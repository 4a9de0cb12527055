def load():
    try:
        {}["cfg"]
    except KeyError:
        try:
            int("x")
        except ValueError as inner:
            raise RuntimeError("load failed") from inner


load()
