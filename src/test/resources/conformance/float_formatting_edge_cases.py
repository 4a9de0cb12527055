for v in (0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 0.125, 1e-5, 123456789.987654321):
    print(f"{v:.0f}|{v:.2f}|{v:.3e}|{v:g}|{v:.3g}|{v:%}|{v:,.1f}|{v!r}|{'%.2f' % v}|{round(v, 2)}")
print(f"{-0.0:+.1f}", f"{0.0:+.1f}", f"{float('inf'):.2f}", f"{float('-inf'):>8}", f"{float('nan'):+}", f"{1e300 * 1e300:e}")
print(str(1e-7), str(1e16), str(1e15), str(123456789012345.6), str(0.1 + 0.2), str(1 / 3), repr(-1e-310), 2.5e-324)
print(divmod(-0.0, 1), divmod(5.5, -2), -0.0 == 0.0, str(-0.0 * 1), abs(-0.0), round(-0.4), round(-0.0, 1))
for bad in (lambda: round(float("inf")), lambda: round(float("nan")), lambda: int(float("nan")), lambda: f"{1.5:d}", lambda: f"{2:.2s}"):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(f"{1234567.891:_.2f}", f"{0.000012345:.2g}", f"{123.456:.0e}", f"{9.999:.2f}", f"{99.95:.1f}", f"{0.05:.1f}")
print(format(1e21, "f")[:8], format(12345.678, "10.1f"), format(-12.5, "08.2f"), format(12.5, "<8.1f") + "|", format(3, ".2f"))
print(1.0 * 10 ** 15, 1.0 * 10 ** 16, 2 ** 0.5 * 2 ** 0.5, 100 * 1.1, 0.1 * 3 == 0.30000000000000004, sum([0.1] * 3))
print(float("1e500"), float("-0"), float(" 12 "), float("+1.5E2"), float("inf") - float("inf"), 1e308 * 10 == float("inf"))
