attempts = [
    lambda: ExceptionGroup("x", []),
    lambda: ExceptionGroup("x", [1]),
    lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("x"),
    lambda: ExceptionGroup("x", ValueError()),
    lambda: ValueError().add_note(1),
    lambda: ValueError().add_note(),
]
for a in attempts:
    try:
        a()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
g = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(g).__name__, repr(g))
g2 = BaseExceptionGroup("plain", [ValueError()])
print(type(g2).__name__, g2.exceptions)
print(repr(g.split(ValueError)))
print(repr(g.subgroup(lambda e: isinstance(e, KeyboardInterrupt))))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
raise BaseExceptionGroup("final", [ValueError("v"), TypeError("t")])
