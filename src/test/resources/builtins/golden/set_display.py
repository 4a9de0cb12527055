# Set displays of more than two constants go through a folded frozenset in CPython, which moves colliding entries.
print({291, 35, 3, 67, 99, 131, 7, 15})
print({1, 33, 65, 97, 2, 34})
print({(0, 1), (1, 0), (2, 2), (3, 1), (0, 0)})
x = 291
print({x, 35, 3, 67, 99, 131, 7, 15})
print({n for n in [291, 35, 3, 67, 99, 131, 7, 15]})
print(set([291, 35, 3, 67, 99, 131, 7, 15]))
for n in {291, 35, 3, 67, 99, 131, 7, 15}:
    print(n, end=" ")
print()
