def work():
    raise ExceptionGroup("batch", [ValueError("bad value"), KeyError("missing"), ValueError("worse")])

try:
    work()
except* ValueError as eg:
    print("handled", len(eg.exceptions), "value errors")

