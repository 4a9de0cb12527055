out = []
seen = {}
for i in range(20000):
    out.append(i)
    seen.get(i, 0)
print(len(out), out.pop(), len(seen))
