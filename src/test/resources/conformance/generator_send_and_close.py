def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
    finally:
        print("accumulator cleanup")
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

g = accumulator()
g.send(None)
g.close()
print("closed")
