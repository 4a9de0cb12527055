import asyncio

async def main():
    q = asyncio.LifoQueue()
    for i in range(4):
        await q.put(i)
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    print(out)

asyncio.run(main())
