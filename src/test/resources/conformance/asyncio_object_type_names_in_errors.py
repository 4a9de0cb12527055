import asyncio


async def job():
    return 1


async def main():
    task = asyncio.create_task(job())
    fut = asyncio.get_running_loop().create_future()
    loop = asyncio.get_running_loop()
    attempts = [
        lambda: task(),
        lambda: task[0],
        lambda: len(task),
        lambda: fut + 1,
        lambda: task < fut,
        lambda: asyncio.Event().sett(),
        lambda: asyncio.Lock().aquire(),
        lambda: asyncio.Semaphore(2).relase(),
        lambda: fut.set_reslt(1),
        lambda: asyncio.create_task(5),
        lambda: asyncio.gather(5),
        lambda: asyncio.wait_for(5, 1).send(None),
    ]
    for a in attempts:
        try:
            a()
        except (TypeError, AttributeError, RuntimeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    await task
    fut.cancel()
    task.foo

asyncio.run(main())
