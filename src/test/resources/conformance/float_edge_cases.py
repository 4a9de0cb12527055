print(1e300 * 1e300, -1e300 * 1e300, 1e-320, 5e-324, 2.0 ** 1023 * 2 > 1e308)
print(0.1 + 0.1 + 0.1 == 0.3, abs(0.1 + 0.1 + 0.1 - 0.3) < 1e-9)
print(sum([0.1] * 10), 0.1 * 10, 1.0 - 0.9)
print(int(1e20), float(10 ** 20), 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(round(0.1 + 0.2, 10), f"{0.1 + 0.2:.20f}", f"{1 / 3:.15g}")
print(7.0, 7.10, 1e5, 1e15, 1e16, 0.0001, 0.00001, 123e-10)
