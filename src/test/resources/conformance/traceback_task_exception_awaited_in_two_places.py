import asyncio

async def fail():
    await asyncio.sleep(1)
    raise KeyError("shared")

async def watcher(t, name):
    try:
        await t
    except KeyError as e:
        print(name, "saw", repr(e))
        raise

async def main():
    t = asyncio.create_task(fail())
    w1 = asyncio.create_task(watcher(t, "w1"))
    w2 = asyncio.create_task(watcher(t, "w2"))
    r = await asyncio.gather(w1, w2, return_exceptions=True)
    print(r[0] is r[1], r[0] is t.exception())
    await w1

asyncio.run(main())
