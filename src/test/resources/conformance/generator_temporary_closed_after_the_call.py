def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")

print("next of temporary", next(numbers("temp")))
print("after temp")
x = [next(numbers("in list"))]
print("after list")
for i, v in enumerate(numbers("enumerated")):
    print("enum", i, v)
    break
print("after enumerate")
for a, b in zip(numbers("zip a"), numbers("zip b")):
    print("zip", a, b)
    break
print("end")
