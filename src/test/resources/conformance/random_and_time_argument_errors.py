import random
import time

random.seed(1)
for call in (lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.randrange(0),
             lambda: random.sample([1, 2], 3), lambda: time.sleep(-1), lambda: random.randint("a", 2)):
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
random.choice([])
