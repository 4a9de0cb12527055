class Both:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "Both()"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<1>"


class OnlyStr:
    def __str__(self):
        return "only-str"


b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b}, {1: [b, OnlyRepr()]})
print(f"{b} {b!r} {b!s} {[b]} {b=}")
print("%s %r" % (b, b), "{} {!r} {:>10}".format(b, b, str(b)))
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
print(OnlyStr(), f"{str(OnlyStr()):>10}|")
print(str([1, "a", None, 2.5, True]), repr("it's"), repr('say "hi"'), repr("both ' and \""))
x = 3
print(f"{x + 1 = }", f"{x=:>4}", f"{'nested'!r:>10}")
try:
    f"{OnlyStr():d}"
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    format(b, "x")
except TypeError as e:
    print("TypeError:", e)
