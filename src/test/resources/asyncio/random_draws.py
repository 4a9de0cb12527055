# random: a seeded program draws exactly CPython's numbers.
import random

random.seed(42)
out = [random.randint(1, 10) for _ in range(5)] + [random.random()]
items = [1, 2, 3, 4, 5]
out.append(random.choice(items))
random.shuffle(items)
out.append(items)
out.append(random.sample(items, 3))
out.append(random.uniform(1, 2))
out.append(random.randrange(0, 100, 7))
random.seed("text seed")
out.append(random.randrange(1000))
print(" ".join(repr(o) for o in out))
