def gen():
    try:
        yield 1
        return "early"
        yield 2
    finally:
        print("gen finally")

out = []
g = gen()
for v in g:
    out.append(v)
print(out)

def counter():
    i = 0
    while True:
        try:
            yield i
        finally:
            print("cleanup", i)
        i += 1

for v in counter():
    if v == 2:
        break
print("after break")
