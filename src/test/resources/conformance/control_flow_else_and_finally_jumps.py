def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")


search([1, 2, 3], 2)
search([1, 2, 3], 9)
search([], 0)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)
while True:
    break
else:
    print("never")


def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())


def return_then_finally():
    try:
        return "try"
    finally:
        print("finally before return")


print(return_then_finally())


def finally_overrides():
    for _ in range(3):
        try:
            return "from try"
        finally:
            break
    return "after loop"


print(finally_overrides())


def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        return "handled"
    finally:
        print("outer finally")


print(nested())


def counter():
    count = 0
    for i in range(10):
        if i % 2:
            continue
        if i > 6:
            break
        count += i
    else:
        count = -1
    return count


print(counter())
x = 5
result = "big" if x > 3 else "small" if x > 1 else "tiny"
print(result, 0 or "" or None or "last", 1 and 2 and 3, [] and "unreached", "a" or print("never"))


def side(v, label):
    print("eval", label)
    return v


print(side(1, "a") < side(2, "b") < side(0, "c") < side(5, "d"))
print(side(3, "x") > side(2, "y") or side(0, "z"))
print(1 < 2 == 2 > 1, 1 < 3 > 2, 2 in [1, 2] in [[1, 2]], not 1 == 2, (1 == 1) is True)
