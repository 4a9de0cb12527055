def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")

first = numbers("first")
next(first)
second = numbers("second")
next(second)
never_started = numbers("never started")
print("module ends")
