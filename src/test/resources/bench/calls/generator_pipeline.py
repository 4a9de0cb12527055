def numbers(n):
    for i in range(n):
        yield i

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def squares(xs):
    for x in xs:
        yield x * x

print(sum(squares(evens(numbers(30000)))))
