def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(depth(150))
print(fib(18))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))
