import asyncio

async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "woke at", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in "abc"]
    await asyncio.sleep(1)
    ts[1].cancel()
    await asyncio.sleep(1)
    ev.set()
    print("set; is_set:", ev.is_set())
    await asyncio.gather(*ts, return_exceptions=True)
    ev.clear()
    print("cleared:", ev.is_set())

asyncio.run(main())
