def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}"
    except (ValueError,) as e:
        return "value"
    except ArithmeticError:
        return "arithmetic"
    except Exception as e:
        return f"other {type(e).__name__}"


for exc in [KeyError("a"), IndexError(1), ValueError(), ZeroDivisionError(), OverflowError(), TypeError()]:
    print(classify(exc))
handlers = (TypeError, ValueError)
try:
    int("x")
except handlers as e:
    print("dynamic tuple caught", type(e).__name__)
try:
    raise KeyError("z")
except 5:
    pass
