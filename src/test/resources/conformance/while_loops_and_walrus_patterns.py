queue = [3, 1, 4, 1, 5, 9, 2, 6]
processed = []
while queue and (item := queue.pop(0)) != 9:
    if item == 1:
        continue
    processed.append(item)
else:
    print("queue drained")
print(processed, queue)
it = iter(["a", "b", "", "c"])
while (token := next(it, None)) is not None:
    if not token:
        print("empty token, stopping")
        break
    print("token", token)
else:
    print("no break")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
attempt = 0
while True:
    attempt += 1
    if attempt ** 2 > 50:
        break
print("attempts", attempt)
data = [5, 8, 13]
if any((big := x) > 7 for x in data):
    print("first big", big)
print([y for x in range(5) if (y := x * x) % 2 == 0], [(last := w) for w in "ab"], last)
total = 0
count = 0
values = iter([10, 20, 30])
while (v := next(values, None)) is not None:
    total += v
    count += 1
print(total / count, f"{(avg := total / count):.1f}", avg)
