import asyncio

async def fetch(name, delay, limit):
    try:
        async with asyncio.timeout(limit):
            await asyncio.sleep(delay)
        return f"{name} ok"
    except TimeoutError:
        return f"{name} timed out"

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n, d, 2)) for n, d in [("a", 1), ("b", 3), ("c", 2)]]
    print([t.result() for t in tasks], asyncio.get_running_loop().time())

asyncio.run(main())
