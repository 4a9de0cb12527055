def check(v):
    assert v > 0, f"expected positive, got {v}"
    assert v != 5
    return v


print(check(3))
for bad in (-1, 5):
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
total = 0


def bump():
    global total
    total += 1

    def inner():
        global total
        total *= 10
    inner()


bump()
print(total)


def reads_before_assign():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value = 1
    return value


reads_before_assign()


def deleted_local():
    item = 1
    del item
    try:
        return item
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


deleted_local()
temp = 3
del temp
try:
    temp
except NameError as e:
    print("NameError:", e)
try:
    undefined_thing
except NameError as e:
    print("NameError:", e)


def closure_unbound():
    def inner():
        return captured
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    captured = 1


closure_unbound()
data = {"a": 1, "b": 2}
del data["a"]
items = [1, 2, 3]
del items[0], items[-1]
print(data, items)
try:
    del data["zz"]
except KeyError as e:
    print("KeyError:", e)


class Box:
    pass


b = Box()
b.x = 1
del b.x
try:
    del b.x
except AttributeError as e:
    print("AttributeError:", e)
assert True, "never evaluated " + undefined_thing
assert isinstance(b, Box)
assert 1 == 2, ("tuple", "message")
