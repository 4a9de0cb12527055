print("！" < "🙂", "🙂" > "\uffff", sorted(["🙂", "！", "a", "ｚ", "😀"]), max("ａ🙂"), min(["🙂x", "！y"]))
print("a".rjust(4, "🙂"), "a".ljust(3, "🙂"), "🙂".center(4, "-"), "🙂".zfill(3), len(f"{'🙂':>3}"), "%5s|" % "🙂", format("🙂", "^5") + "|")
s = "ab🙂cd🙂ef"
print(s.index("🙂", 3), s.find("c", 2, 4), s.count("🙂", 3), s.startswith("🙂", 2), s.endswith("🙂", 0, 3), s.rfind("", 1))
print(s[::2], s[1::3], s[-3::-2], s.replace("", "|", 3), s.split("🙂", 1), s.rsplit("🙂", 1), s.partition("c"))
print("x\t🙂\ty".expandtabs(4), "🙂\t".expandtabs(2) + "|", "🙂".isalpha(), "🙂".isprintable(), "🙂".upper() == "🙂")
print([i for i, ch in enumerate("a🙂b") if ch == "b"], list(zip("🙂x", "ab")), dict.fromkeys("🙂🙂a"))
print("🙂".join(["a", "b"]), "-".join("🙂😀"), "🙂a🙂".strip("🙂"), "🙂a🙂".lstrip("🙂"), "a🙂b".translate({ord("🙂"): "!"}))
print(repr("🙂\u200b"), "🙂" * 2 in "a🙂🙂b", "a🙂b".encode if False else "-", sorted({"🙂": 1, "a": 2}), "🙂" < "🙃")
