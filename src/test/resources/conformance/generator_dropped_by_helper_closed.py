def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")

def take_one(g):
    return next(g)

def helper_drops():
    print("took", take_one(numbers("passed")))
    print("helper_drops continues")

helper_drops()

kept = numbers("kept")
print("took", take_one(kept))
print("kept is still open")
print("took", next(kept))
print("end")
