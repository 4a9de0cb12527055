# random.choices with and without (cumulative) weights draws what CPython draws.
import random
random.seed(7)
print(random.choices("abc", k=5))
print(random.choices(["x", "y", "z"], weights=[1, 5, 2], k=6))
print(random.choices(range(4), cum_weights=[0.1, 0.5, 0.9, 1.0], k=4))
print(random.choice("hello"), random.randint(-5, 5), random.random())
