import asyncio

async def ok(d):
    await asyncio.sleep(d)
    return d

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(d)

async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(ok(1))
    t2 = asyncio.create_task(ok(5))
    done, pending = await asyncio.wait([t1, t2], timeout=2, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception: timeout at", loop.time(), len(done), len(pending))
    t3 = asyncio.create_task(bad(1))
    done, pending = await asyncio.wait([t2, t3], timeout=10, return_when=asyncio.FIRST_EXCEPTION)
    print("exception at", loop.time(), t3 in done, t2 in pending)
    done, pending = await asyncio.wait([t2], timeout=0)
    print("timeout 0:", len(done), len(pending), loop.time())
    t2.cancel()
    done, pending = await asyncio.wait([t2], return_when=asyncio.FIRST_COMPLETED)
    print("cancelled counts as done:", t2 in done, t2.cancelled())

asyncio.run(main())
