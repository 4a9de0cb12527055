import asyncio

async def ticker():
    for i in range(8):
        print("tick", i)
        await asyncio.sleep(0)

async def party(b, name):
    print(name, "arrives")
    i = await b.wait()
    print(name, "passes with", i)
    i = await b.wait()
    print(name, "passes again with", i)

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, n)) for n in "abc"]
    ts.append(asyncio.create_task(ticker()))
    await asyncio.gather(*ts)
    print(b.broken, b.n_waiting, b.parties)

asyncio.run(main())
