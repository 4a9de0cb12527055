import asyncio

async def party(b, name):
    try:
        i = await b.wait()
        print(name, "passed", i, "at", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(name, "cancelled; n_waiting =", b.n_waiting)
        raise

async def main():
    b = asyncio.Barrier(2)
    a = asyncio.create_task(party(b, "a"))
    await asyncio.sleep(1)
    print("n_waiting:", b.n_waiting)
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after cancel n_waiting:", b.n_waiting)
    c = asyncio.create_task(party(b, "c"))
    d = asyncio.create_task(party(b, "d"))
    await asyncio.gather(c, d)

asyncio.run(main())
