import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (1, 2, 5)]
    done, pending = await asyncio.wait(tasks, timeout=3)
    print(sorted(t.result() for t in done), len(pending), asyncio.get_running_loop().time())
    print("pending task not cancelled by wait:", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
