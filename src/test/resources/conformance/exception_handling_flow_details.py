def parse(value):
    try:
        result = int(value)
    except ValueError as e:
        print("bad value:", e)
        return None
    except TypeError:
        print("wrong type")
        raise
    else:
        print("parsed", result)
        return result
    finally:
        print("done with", repr(value))


print(parse("12"), parse("x"))
try:
    parse(None)
except TypeError as e:
    print("caller saw", type(e).__name__)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
err = None
try:
    raise KeyError("k")
except KeyError as e:
    err = e
print(repr(err))
try:
    e
except NameError as ne:
    print("NameError:", ne)


def multi(kind):
    try:
        raise kind("boom")
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}"
    except Exception as e:
        return f"other {type(e).__name__}"


print(multi(KeyError), multi(IndexError), multi(ValueError))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise
    except RuntimeError as e:
        print("RuntimeError:", e)
except Exception:
    pass


class Cleanup(Exception):
    pass


def nested_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            print("inner finally")
    finally:
        print("outer finally")


try:
    nested_finally()
except ValueError as e:
    print("propagated", e)
print(isinstance(Cleanup(), BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
