import random

a = random.Random(99)
b = random.Random(99)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10), type(a).__name__, isinstance(a, random.Random))
random.seed(99)
print(random.random() == random.Random(99).random())
rng = random.Random("seed")
other = random.Random()
other.seed("seed")
print([rng.choice("abc") for _ in range(5)] == [other.choice("abc") for _ in range(5)])
workers = {name: random.Random(i) for i, name in enumerate(["w1", "w2"])}
print({name: round(r.uniform(0.1, 0.5), 4) for name, r in workers.items()})
deck = list(range(8))
random.Random(3).shuffle(deck)
print(deck, random.Random(3).sample(range(8), 3), round(random.Random(5).gauss(0, 1), 6))
print(random.Random(1).choices(["x", "y"], weights=[1, 3], k=6), random.Random(2).randrange(0, 100, 10))
