import asyncio

async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise

async def failing():
    await asyncio.sleep(1)
    raise ValueError("failing task broke")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 0.5))
            tg.create_task(worker("b", 5))
            tg.create_task(failing())
            c = tg.create_task(asyncio.sleep(10))  # cancelled silently: the abort order of a set of tasks is unspecified

    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions], "c cancelled:", c.cancelled())

asyncio.run(main())
