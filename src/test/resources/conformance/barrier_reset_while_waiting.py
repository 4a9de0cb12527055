import asyncio

async def party(b, name):
    try:
        await b.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "broken by reset")

async def main():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(party(b, "lonely"))
    await asyncio.sleep(1)
    await b.reset()
    await t
    print("broken after reset:", b.broken, b.n_waiting)
    t1 = asyncio.create_task(party(b, 'p1'))
    async with b as pos:
        print('main position', pos)
    await t1
asyncio.run(main())
