import asyncio

async def job(d):
    await asyncio.sleep(d)
    if d > 1:
        raise OSError(f"job {d} failed")
    return d

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (1, 2)]
    for fut in asyncio.as_completed(tasks):
        print(await fut)

asyncio.run(main())
