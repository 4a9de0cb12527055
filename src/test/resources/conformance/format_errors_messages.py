name, count = "abc", 3
attempts = [
    lambda: f"{name:d}",
    lambda: f"{count:s}",
    lambda: f"{count:.2x}",
    lambda: f"{name:>>>5}",
    lambda: "{} {}".format(1),
    lambda: "{0} {2}".format(1, 2),
    lambda: "{name}".format(nam=1),
    lambda: "{} {0}".format(1, 2),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "%d" % "x",
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "%(k)s" % {"j": 1},
    lambda: "%z" % 1,
    lambda: format(1.5, "q"),
    lambda: "{:,d}".format(1.5),
    lambda: "{0.real.foo}".format(1),
    lambda: "{0[5]}".format([1]),
]
for a in attempts:
    try:
        print(a())
    except (ValueError, TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(f"{name!r:>{count}}")
f"{count:z}"
