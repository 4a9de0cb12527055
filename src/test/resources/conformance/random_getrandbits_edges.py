import random

random.seed(5)
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(65))
for k in (-1, 10 ** 12):
    try:
        random.getrandbits(k)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(random.random())
