rows = [("alice", 93.456, 3), ("bob", 7.1, 12), ("charlotte", 100.0, 1)]
width = max(len(name) for name, _, _ in rows)
header = f"{'name':<{width}} | {'score':>7} | {'rank':^4}"
print(header)
print("-" * len(header))
for name, score, rank in rows:
    print(f"{name:<{width}} | {score:>7.2f} | {rank:^4d}")
print("=" * len(header))
total = sum(score for _, score, _ in rows)
print(f"{'total':<{width}} | {total:>7.2f} |")
parts = []
for i in range(5):
    parts.append(str(i ** 2))
print(", ".join(parts), "+".join(map(str, range(3))) + f" = {sum(range(3))}")
lines = """first line
    indented second
third"""
print(lines.splitlines(), [l.strip() for l in lines.split("\n")], lines.count("\n"))
text = "the quick brown fox jumps over the lazy dog"
words = text.split()
print(len(words), max(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:3])
print(" ".join(w.capitalize() for w in words), text.title() == " ".join(w.capitalize() for w in words))
print("".join(reversed(text))[:10], text[::-1][:10], text.replace(" ", "")[:12], text.upper().count("O"))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, f"{acronym!r:>8}", f"{acronym:*^9}", "%-6s|" % acronym, "{0}{0}".format(acronym))
csv = "id,name,score\n1,ann,9\n2,bob,7\n"
records = [dict(zip(csv.splitlines()[0].split(","), line.split(","))) for line in csv.splitlines()[1:]]
print(records)
print("\n".join(f"{r['name']}: {'#' * int(r['score'])}" for r in records))
multi = ("a" "b"
         "c")
print(multi, len(multi), "tab\\t", r"raw\n", 'single "double"', "it's", """tri"ple""")
