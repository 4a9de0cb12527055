def fail():
    raise ValueError("x")


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    print(e.with_traceback(None).__traceback__)
e = ValueError("fresh")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
raise e
