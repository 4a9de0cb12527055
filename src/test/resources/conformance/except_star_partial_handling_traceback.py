def run():
    raise ExceptionGroup("jobs", [ValueError("v1"), KeyError("k1"), ValueError("v2"), OSError("o1")])


try:
    run()
except* ValueError as eg:
    print("handled", [str(e) for e in eg.exceptions])
except* OSError as eg:
    print("handled os", repr(eg.exceptions[0]))
    raise RuntimeError("os handler failed")
