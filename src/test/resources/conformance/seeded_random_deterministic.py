import random

random.seed(42)
print(random.random())
print(random.randint(1, 100), random.randint(1, 100))
print(random.choice(["a", "b", "c", "d"]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.uniform(1, 2))
print(random.sample(range(100), 5))
random.seed(42)
print(random.random())
