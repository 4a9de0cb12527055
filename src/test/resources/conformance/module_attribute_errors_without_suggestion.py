import asyncio
import time
import random

for mod, name in [(asyncio, "sleepy_time"), (time, "clock"), (random, "randomize")]:
    try:
        getattr(mod, name)
    except AttributeError as e:
        print(e)
random.shufle([1, 2])
