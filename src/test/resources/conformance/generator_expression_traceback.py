def parse_all(values):
    return sum(int(v) for v in values)

print(parse_all(["1", "2"]))
print(parse_all(["3", "four"]))
