import asyncio

async def job(d):
    try:
        await asyncio.sleep(d)
        print("job", d, "finished at", asyncio.get_running_loop().time())
        return d
    except asyncio.CancelledError:
        print("job", d, "cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(1)), asyncio.create_task(job(4))]
    try:
        for fut in asyncio.as_completed(tasks, timeout=2):
            print("got", await fut)
    except TimeoutError:
        print("as_completed timed out at", loop.time())
    await asyncio.sleep(3)
    print("main done at", loop.time())

asyncio.run(main())
