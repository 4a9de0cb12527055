print(True + True, True * 10, -True, True / 2, True // 2, False ** 0, abs(False), sum([True, True, False]))
print(isinstance(True, int), type(True) is int, issubclass(bool, int), bool.__mro__[1].__name__, int(True), float(False))
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), {1: "int"}.get(True), {True: "a", 1: "b", 1.0: "c"})
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, 10 ** 400 > float("inf"))
print(float("inf") > 10 ** 400, -float("inf") < -(10 ** 400), float("nan") == float("nan"), 0.0 == -0.0, 1 < 1.5 < 2)
print(7 / 2, 7 // 2, -7 / 2, 8 / 4, type(8 / 4).__name__, 2 ** 0.5, 4 ** -1, 10 % 3.5, 2 ** 62, 2 ** 64)
print(int(1e20), int(-1.5), round(-1.5), int(2 ** 0.5 * 1000), 0.1 * 3, 1.1 + 2.2, 3 * 0.1 == 0.3)
print(max(1, 2.0), min(1.0, 1), max(True, 1), type(max(1, True)).__name__, sum([1, 2.0]), sum([0.1, 0.2, 0.3]))
print(1e-320, 5e-324 / 2, 1.7976931348623157e308 * 10, -1e309, 1e16 + 1, 123456789 * 987654321)
print(type(3 // 1.0).__name__, divmod(-1, 3), -1 % 3, 1 % -3, -(-7 // 2), (-7) // 2, int(-7 / 2))
print(0 ** 0, 0.0 ** 0, (-1) ** 0.5 if False else "-", pow(-2, 2), (-8) ** (1 / 3) if False else "-", 2 ** -2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
