def run():
    try:
        raise OSError("disk")
    except OSError:
        a = ValueError("a")
        b = ValueError("b")
        try:
            raise a
        except ValueError:
            pass
        try:
            raise b
        except ValueError:
            pass
        raise ExceptionGroup("both", [a, b])


run()
