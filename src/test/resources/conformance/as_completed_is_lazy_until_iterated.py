import asyncio

async def job(d):
    print("job", d, "starts at", asyncio.get_running_loop().time())
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    it = asyncio.as_completed([job(1)], timeout=1.5)
    print("as_completed built; tasks:", len(asyncio.all_tasks()))
    await asyncio.sleep(1)
    print("after sleep; tasks:", len(asyncio.all_tasks()))
    for f in it:
        print("got", await f, "at", loop.time())
    bad = asyncio.as_completed(loop.create_future())
    print("no error yet:", type(bad).__name__)
    try:
        next(bad)
    except TypeError as e:
        print("TypeError on first next:", e)

asyncio.run(main())
