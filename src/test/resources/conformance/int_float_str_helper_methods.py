print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (2 ** 100).bit_length(), (13).bit_count())
print((7.0).is_integer(), (7.5).is_integer(), (0.75).as_integer_ratio(), (10).as_integer_ratio(), (-2.5).as_integer_ratio())
print(int.from_bytes if False else "-", (3).conjugate(), (5).real, (5).imag, (2.5).real, (10).numerator, (10).denominator)
print(float("0.1") == 0.1, (3.7).__trunc__(), (3.2).__floor__(), (-3.2).__ceil__(), (7).__floor__())
print("{:,}".format(10 ** 12), "a{}b".format_map if False else "-", "{x}-{y}".format_map({"x": 1, "y": 2}))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello aeon".translate(table), "abc".translate(str.maketrans("abc", "xyz")), str.maketrans("ab", "cd", "e"))
print("Hello".encode if False else "-", "%d%%" % 50, "a\tb".expandtabs(4), "x".join(map(str, range(4))))
print("ab" < "abc", "B" < "a", "10" < "9", ord("A"), chr(97), [ord(c) - ord("a") for c in "abc"])
print(str(3.0), str(-0.0), repr(1e100), str(1 / 7), repr(0.1 + 0.7), 1e-4, 0.0001234, 12345678901234567890.0)
print(int("42") + int(3.9), float(7), str(True), bool("False"), bool(""), bool(0.0), bool([[]]), list("ab"), tuple([1]))
print("tab\there".translate({9: " -> "}), "abc".translate({"a": 1} if False else {97: "AA", 98: None}), "x".translate([]) if False else "-")
for bad in ({"ab": 1}, {1.5: 1}, "not a dict"):
    try:
        str.maketrans(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".translate({97: 3.5})
except TypeError as e:
    print("TypeError:", e)
