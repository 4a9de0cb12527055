import asyncio

async def fail(msg):
    raise ValueError(msg)

async def main():
    a = asyncio.create_task(fail("a"))
    b = asyncio.create_task(fail("b"))
    c = asyncio.create_task(fail("c"))
    await asyncio.sleep(0)
    print("b:", b.exception())
    del a, b, c
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
