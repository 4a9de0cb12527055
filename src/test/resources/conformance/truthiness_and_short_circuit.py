values = [0, 0.0, -0.0, "", " ", [], [0], {}, {0: 0}, set(), (), (None,), None, False, True, 2, range(0), range(1)]
print([bool(v) for v in values])


def loud(v):
    print("eval", repr(v))
    return v


print(loud(0) or loud("") or loud("x") or loud("never"))
print(loud(1) and loud([]) and loud("never"))
print(loud(None) or loud(0))
print(not loud([]), not loud("a"))
x = [] or {} or "default"
y = "first" and "second"
z = 0 and 1 / 0
print(x, y, z)
name = ""
print(name or "anonymous", (name or "anonymous").upper(), name and name.upper())
items = None
print(len(items or []), (items or [None])[0])
count = 0
count += True
count += (3 > 2) + (2 > 3)
print(count, sum(x > 1 for x in [1, 2, 3]), [1, 2][True], "abc"[False])
if []:
    print("empty list truthy?")
elif [0]:
    print("non-empty list is truthy")
while "":
    print("never")
print(any([0, "", None]), all([1, "a", [0]]), any(x for x in []), all(x for x in []))
print(1 if [] else 2, [] == False, 0 == False, "" == False, None == False, 1 == True, 2 == True)
