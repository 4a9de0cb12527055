import asyncio

async def job(d, fail):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"job {d} failed")
    return d

async def main():
    loop = asyncio.get_running_loop()
    jobs = [asyncio.create_task(job(3, False)), asyncio.create_task(job(1, True)), asyncio.create_task(job(2, False))]
    for fut in asyncio.as_completed(jobs):
        try:
            print("got", await fut, "at", loop.time())
        except ValueError as e:
            print("error", e, "at", loop.time())

asyncio.run(main())
