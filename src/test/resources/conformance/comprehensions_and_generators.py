squares = [x * x for x in range(6)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(a, b) for a in range(3) for b in range(a)]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(squares, evens, pairs)
print(transposed)
print({w: len(w) for w in ["aa", "b", "ccc"]})
gen = (x * 2 for x in range(4))
print(sum(gen), sum(x for x in range(5)), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

print(list(countdown(4)))
g = countdown(2)
for v in g:
    print("got", v)
g = countdown(1)
print(g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for n in fib():
    if n > 50:
        break
    out.append(n)
print(out)

def delegate():
    yield from range(3)
    yield from countdown(2)

print(list(delegate()))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(None, [0, 1, "", "a"])), list(enumerate("ab", 1)))
