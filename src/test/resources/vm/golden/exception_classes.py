class AppError(Exception):
    def __init__(self, msg, code=500):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found", 404)
for exc in (NotFound("user"), AppError("boom"), ValueError("v"), KeyError("k")):
    try:
        raise exc
    except (NotFound, KeyError) as e:
        print("specific", type(e).__name__, e, repr(e))
    except AppError as e:
        print("app", e, e.code, e.args)
    except Exception as e:
        print("generic", e)
results = []
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append(-int(str(e)))
        continue
    finally:
        results.append("f")
print(results)
def risky(n):
    try:
        return 10 / n
    except ZeroDivisionError:
        return None
    else:
        print("else ran")
    finally:
        print("finally for", n)
print(risky(2), risky(0))
try:
    try:
        raise OSError(2, "No such file")
    except OSError as e:
        print(e.args, str(e))
        raise TypeError("converted") from e
except TypeError as e:
    print(e, "<-", repr(e.__cause__))
e = None
try:
    raise TimeoutError("slow")
except (TimeoutError, OSError) as err:
    e = err
print(isinstance(e, OSError), e)
def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            {}["x"]
        except KeyError as k:
            return k.__context__
print(repr(chained()))
try:
    raise Exception("a", "b")
except Exception as ex:
    print(ex, ex.args, len(ex.args))
print(repr(BaseException()), str(ValueError()), repr(StopIteration(5)), StopIteration(5).value)
print(issubclass(TimeoutError, OSError), issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
try:
    raise ExceptionGroup("many", [ValueError(1)])
except ExceptionGroup as g:
    print(g, g.message, g.exceptions, repr(g))
    sub = g.subgroup(ValueError)
    print(sub is g, g.split(TypeError))
