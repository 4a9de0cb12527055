import time

start = time.perf_counter()
t0 = time.time()
m0 = time.monotonic()
time.sleep(1.5)
elapsed = time.perf_counter() - start
print(f"slept {elapsed:.3f}s", round(time.time() - t0, 6), time.monotonic() - m0)
print(type(time.time()).__name__)
time.sleep(0)
time.sleep(0.25)
print(time.monotonic(), time.perf_counter() >= 1.75)


def timed(fn):
    def wrapper(*args):
        t = time.perf_counter()
        result = fn(*args)
        print(f"{fn.__name__} took {time.perf_counter() - t:.2f}s")
        return result
    return wrapper


@timed
def work(n):
    for _ in range(n):
        time.sleep(0.1)
    return n


print(work(3))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
