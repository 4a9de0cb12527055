try:
    raise ValueError("naked")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg))
    print(repr(eg.exceptions))
try:
    raise KeyError("naked key")
except* ValueError:
    print("not here")
