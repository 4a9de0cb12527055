line = "  alpha  beta\tgamma\n delta  "
print(line.split(), line.split(None, 1), line.rsplit(None, 1), line.split(" ", 3))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), ",a,".split(","), "".split(","), "".split())
print("k=v".partition("="), "kv".partition("="), "a=b=c".rpartition("="), "abc".rpartition("x"))
print("hello world_foo bar-baz".title(), "they're bill's".title(), "ABC def".capitalize(), "ǅx".lower())
print("Straße".casefold(), "Straße".lower(), "HeLLo".swapcase(), "i̇".upper() if False else "-")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("banana".replace("a", "o", 2), "banana".replace("", "-"), "banana".replace("na", ""), "aaa".replace("a", "b", 0))
print("  x ".strip(), "xxhixx".strip("x"), "www.site.com".lstrip("w."), "file.py".removesuffix(".py"), "test_a".removeprefix("test_"))
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(keepends=True), "one\n\ntwo".split("\n"))
print("Hello".ljust(8, "-"), "Hello".center(10), "|" + "Hi".center(5) + "|", "Hello".rjust(3))
print("abc".isidentifier(), "2abc".isidentifier(), "12".isnumeric(), "½".isnumeric(), "½".isdigit(), "³".isdigit(), "³".isdecimal())
print("a-b_c d".translate({ord("-"): "+", ord("_"): None}) if False else "-", "tic-tac".count("t"), "aaaa".count("aa"))
print("Hello World".find("o", 5), "Hello World".find("o", 5, 7), "Hello".index("l", -2), "abc".find(""), "abc".rfind(""))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a,b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "ab".center(5, "xy")
except TypeError as e:
    print("TypeError:", e)
print(", ".join(str(n) for n in range(3)), "".join([]), "-".join("abc"), " ".join(["solo"]))
print("ﬁnal ΣΑΣ µ".casefold(), "STRASSE".casefold() == "straße".casefold(), "ẞ".casefold(), "İ".casefold() == "i̇")
