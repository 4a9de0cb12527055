def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")

find([1, 2, 3], 2)
find([1, 2, 3], 9)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("while else skipped because of break")
i = 0
while i < 3:
    i += 1
else:
    print("while else ran, i =", i)
for x in []:
    pass
else:
    print("empty for else")
