import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 5))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.uniform(1.5, 2.5))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(items, 3), random.sample(range(100), 4))
print(random.choices(["a", "b", "c"], k=5), random.choices("xyz", weights=[1, 0, 5], k=4))
print(random.choices([1, 2, 3], cum_weights=[1, 1, 10], k=3))
print(round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6), round(random.expovariate(2), 6))
print(random.getrandbits(16), random.getrandbits(70), round(random.triangular(0, 10), 6))
random.seed("text seed")
print(random.random(), random.randint(0, 10 ** 20))
random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
print(first == [random.random() for _ in range(3)], [round(random.expovariate(0.5), 9) for _ in range(3)])
random.seed(1)
print([random.randint(1, 6) for _ in range(10)], random.sample("hello world", 5))
for bad in (lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3), lambda: random.randrange(0)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
