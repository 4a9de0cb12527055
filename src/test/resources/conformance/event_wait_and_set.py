import asyncio

async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} woke at {asyncio.get_running_loop().time()}")

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(2)
    print("setting event")
    ev.set()
    print("is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    ev.clear()
    print("cleared:", ev.is_set())

asyncio.run(main())
