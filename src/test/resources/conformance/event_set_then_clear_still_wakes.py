import asyncio

async def waiter(ev, name):
    await ev.wait()
    print(name, "woke; event is_set now:", ev.is_set())

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2")]
    await asyncio.sleep(1)
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks)

asyncio.run(main())
