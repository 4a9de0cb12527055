def make_adder(k):
    def add(x):
        return x + k
    return add

def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

add3 = make_adder(3)
bump = make_counter()
s = 0
for i in range(20000):
    s = add3(s) - 2
    bump()
print(s, bump())
