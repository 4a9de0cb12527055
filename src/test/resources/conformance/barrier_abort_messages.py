import asyncio

async def party(b, name):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", e)

async def main():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(party(b, "waiting"))
    await asyncio.sleep(0)
    await b.abort()
    await t
    await party(b, "late")
    print(b.broken, b.n_waiting, b.parties)
    await b.reset()
    print(b.broken, b.n_waiting, b.parties)

asyncio.run(main())
