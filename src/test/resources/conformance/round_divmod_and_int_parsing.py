print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.25, 1), round(1.35, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 1), round(5.0), type(round(5.0)).__name__)
print(round(0.1 + 0.2, 2), round(1e20, 2), round(-0.5), round(2.5, 0), round(123.456, 1), round(15, -1), round(25, -1))
print(int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("  42  "), int("-7"), int("1_000"), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("10", 2), hex(255), oct(8), bin(5), bin(-5), hex(-255))
print(float("1e3"), float(" -2.5 "), float("inf"), float("-inf"), float("nan") != float("nan"), float("1_0.5"))
print(str(10 ** 30), 2 ** 100, -(2 ** 64) // 3, (2 ** 64) % 7, 10 ** 20 / 3, 7 // 0.5, 2 ** -1, (-2) ** 3, -2 ** 2)
print(abs(-2 ** 70), divmod(2 ** 70, 10 ** 9), pow(3, 200, 10 ** 9 + 7), (10 ** 18 + 1) * (10 ** 18 - 1))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1.0e-5, 123456789.123456789, 1e22, 1e21, 100.0, 3.0 * 1.1)
print(int("١٢٣"), float("٣.٥") if False else "-", int("0"), int("-0"), int("+5"), 1_000_000, 0xFF, 0o17, 0b11)
for bad in ["", "abc", "1.5", "0x1f", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
