try:
    raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
except* ValueError:
    raise KeyError("from handler")
except* TypeError:
    pass
