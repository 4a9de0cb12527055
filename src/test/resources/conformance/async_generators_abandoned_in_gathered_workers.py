import asyncio

async def ticker(tag):
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(0.5)
    finally:
        print(tag, "closed at", asyncio.get_running_loop().time(), asyncio.current_task().get_name())

async def take(agen, count):
    out = []
    async for v in agen:
        out.append(v)
        if len(out) == count:
            break
    return out

async def worker(tag):
    print(tag, await take(ticker(tag), 3))
    await asyncio.sleep(1)
    print(tag, "done")

async def main():
    await asyncio.gather(worker("w1"), worker("w2"))
    t = ticker("kept")
    print(await t.__anext__())
    await asyncio.sleep(0)
    print("main ends")

asyncio.run(main())
print("after run")
