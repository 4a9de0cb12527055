import random
import time

random.seed(3)
print(random.randint(1, 6))
print(time.time())
time.sleeep(1)
