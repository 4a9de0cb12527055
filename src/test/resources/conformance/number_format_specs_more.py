x = 1234567.891
print(f"{x:e}", f"{x:.2e}", f"{x:E}", f"{x:g}", f"{x:.3g}", f"{0.00001234:g}", f"{1e16:g}", f"{123.0:g}")
print(f"{x:,}", f"{x:_.2f}", f"{1234567:_}", f"{1234567:,d}", f"{0.256:%}", f"{0.256:.1%}", f"{-0.0:.1f}")
print(f"{42:08.3f}", f"{-42:+}", f"{42: }", f"{42:+d}", f"{3.14159:+.2f}", f"{-5:=8}", f"{5:x}", f"{255:#X}")
print(f"{255:b}", f"{255:#o}", f"{255:08b}", f"{1024:,}", f"{-1234.5:,.1f}", f"{12:c}" if False else "-", f"{65:c}")
width, prec = 10, 3
print(f"[{x:>{width}.{prec}f}]", f"[{'left':<{width}}]", f"[{'mid':^{width}}]", f"[{7:0{width}d}]")
print("{:>{w}}|{:^{w}.1f}|".format("r", 2.25, w=6), "{0:{1}}".format(3.5, "08.2f"), "{:{}{}}".format(9, "<", 4) + "|")
print(format(0.1 + 0.2, ".17g"), format(2.5, ".0f"), format(3.5, ".0f"), format(1e-7), format(1e22), format(123456789012345678.0))
print(f"{1/3:.10f}", f"{2/3:.1f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{1.005:.2f}", f"{1e300*1e10}", f"{float('nan'):.2f}")
print(f"{12345.6789:10.2f}|{-12345.6789:<12,.2f}|{0.5:^7.0%}|", f"{True:d}", f"{True}", f"{None!s:>6}")
print("%5.1f|%-6d|%+d|%05d|%x|%o|%e|%g|%%|%c" % (3.14159, 42, 7, 42, 255, 8, 12345.678, 0.0001, 65))
print("%s and %r" % ("a", "a"), "%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%.3s" % "abcdef", "%*d" % (5, 42))
try:
    f"{'abc':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{name}".format(nm=1)
except KeyError as e:
    print("KeyError:", e)
