print(int("  42 "), int("-7"), int("1_000"), int("ff", 16), int("0b101", 0), int("777", 8))
print(int(True), int(-2.9), float("1e3"), float(" 2.5 "), str(3.0), str(-0.5), str(10 ** 18))
print(int(float("1e15")), round(2.5e-3, 4), abs(-0), -0.0 == 0.0)
for bad in ["", "1.5", "abc", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(isinstance(True, int), type(1 + 1.0).__name__, type(2 ** -1).__name__, type(10 // 3).__name__)
