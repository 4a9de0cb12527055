import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(1, f.set_result, "v")
    print(await f, await f, loop.time())
    it = f.__await__()
    try:
        it.send(None)
    except StopIteration as e:
        print("done future's iterator stops at once with", e.value)
    g = loop.create_future()
    gi = g.__await__()
    print(gi.send(None) is g)
    g.set_result(1)

asyncio.run(main())
