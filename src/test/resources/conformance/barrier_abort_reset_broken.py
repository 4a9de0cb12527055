import asyncio

async def party(b, name):
    try:
        i = await b.wait()
        print(name, "passed with index", i)
    except asyncio.BrokenBarrierError:
        print(name, "BrokenBarrierError at", asyncio.get_running_loop().time())

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    ts = [asyncio.create_task(party(b, n)) for n in ("a", "b")]
    await asyncio.sleep(1)
    print("waiting:", b.n_waiting)
    await b.abort()
    await asyncio.gather(*ts)
    print("broken:", b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken:", type(e).__mro__[1].__name__)
    await b.reset()
    print("after reset broken:", b.broken, "waiting:", b.n_waiting)
    ts = [asyncio.create_task(party(b, n)) for n in ("x", "y", "z")]
    await asyncio.gather(*ts)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
