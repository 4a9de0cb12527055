import asyncio

async def runner(tasks):
    try:
        await asyncio.wait(tasks)
    except asyncio.CancelledError:
        print("wait cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(d, d)) for d in (1, 3)]
    r = asyncio.create_task(runner(tasks))
    await asyncio.sleep(2)
    r.cancel()
    await asyncio.sleep(0)
    print("children cancelled:", [t.cancelled() for t in tasks])
    print(await tasks[1], "at", asyncio.get_running_loop().time())

asyncio.run(main())
