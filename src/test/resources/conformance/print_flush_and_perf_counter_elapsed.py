import asyncio
import time

async def step(n):
    await asyncio.sleep(n / 10)
    print(f"step {n}", end=" ", flush=True)

async def main():
    start = time.perf_counter()
    t0 = time.time()
    m0 = time.monotonic()
    await asyncio.gather(*(step(n) for n in (3, 1, 2)))
    print(flush=True)
    elapsed = time.perf_counter() - start
    print(f"elapsed {elapsed:.2f}s {time.time() - t0:.3f} {time.monotonic() - m0!r}", flush=False)
    time.sleep(0.25)
    print(f"after blocking {time.perf_counter() - start:.2f}")

asyncio.run(main())
