total = 0

def add_to_total(n):
    global total
    total += n

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(3)]

def make_late_binding():
    return [lambda x: x * i for i in range(3)]

add_to_total(5)
add_to_total(7)
print(total)
c = make_counter()
c()
c()
print(c(), make_counter()())
print([f(10) for f in make_multipliers()], [f(10) for f in make_late_binding()])

def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()

print(outer())
