import asyncio
import random

async def worker(i):
    d = round(random.triangular(0.1, 1.0), 3)
    await asyncio.sleep(d)
    return i, d

async def main():
    random.seed(2024)
    print(random.random(), random.randint(1, 6), random.randrange(0, 100, 5))
    print(random.choice("abcdef"), random.choices([1, 2, 3], k=5))
    xs = list(range(10))
    random.shuffle(xs)
    print(xs, random.sample(range(100), 4))
    print(round(random.gauss(0, 1), 6), round(random.gauss(), 6), round(random.expovariate(2.0), 6), random.getrandbits(20), random.getrandbits(100))
    print(round(random.normalvariate(10, 2), 6), round(random.triangular(0, 10, 9), 6))
    random.seed(99)
    res = await asyncio.gather(*(worker(i) for i in range(5)))
    print(res, asyncio.get_running_loop().time())
    random.seed("text seed")
    print(random.random())
    random.seed(1.5)
    print(random.randint(0, 10 ** 30))

asyncio.run(main())
