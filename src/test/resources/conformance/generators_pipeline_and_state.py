def read_lines():
    for line in ["10", "x", "25", "", "7"]:
        print("read", repr(line))
        yield line


def parse(lines):
    for line in lines:
        if not line:
            continue
        try:
            yield int(line)
        except ValueError:
            print("skip", repr(line))


def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total


pipeline = running_total(parse(read_lines()))
print(type(pipeline).__name__)
for t in pipeline:
    print("total", t)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for _, v in zip(range(n), it):
        yield v


print(list(take(10, fib())), sum(take(50, fib())))


def chunked(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


print(list(chunked("abcdefg", 3)), list(chunked([], 2)))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
g = fib()
print(next(g), next(g), next(g), g.__name__, g.__qualname__)


def gen_with_state():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        elif cmd == "stop":
            return f"stopped at {count}"
        else:
            count += 1


s = gen_with_state()
print(next(s), s.send(None), s.send("inc"), s.send("reset"), s.send(None))
try:
    s.send("stop")
except StopIteration as stop:
    print(stop.value)
print(list(x for x in range(3)), [*(y * 2 for y in range(3))], dict((k, k * k) for k in range(3)))
