import asyncio

async def work(x=1):
    await asyncio.sleep(delay=0.5, result=None)
    return x

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(fut=work(2), timeout=1))
    print(await asyncio.sleep(delay=0, result="r"))
    print(await asyncio.shield(arg=work(3)))
    t = asyncio.create_task(coro=work(4), name="kw")
    print(t.get_name(), await t)
    async with asyncio.timeout(delay=1):
        pass
    async with asyncio.timeout_at(when=loop.time() + 1):
        pass
    ts = [asyncio.create_task(work(5))]
    done, pending = await asyncio.wait(fs=ts, timeout=2, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending))
    for f in asyncio.as_completed(fs=[work(6)], timeout=2):
        print(await f)
    print(await asyncio.gather(work(7), return_exceptions=False))
    q = asyncio.Queue(maxsize=3)
    s = asyncio.Semaphore(value=2)
    c = asyncio.Condition(lock=asyncio.Lock())
    b = asyncio.Barrier(parties=1)
    print(q.maxsize, s._value, b.parties)
    f = loop.create_future()
    print(f.cancel(msg="why"))
    t2 = asyncio.create_task(work())
    await asyncio.sleep(0)
    print(t2.cancel(msg="stop"))
    try:
        await t2
    except asyncio.CancelledError as e:
        print(e.args)

asyncio.run(main=main(), debug=False)
