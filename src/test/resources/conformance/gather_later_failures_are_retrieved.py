import asyncio

async def fail(d, msg):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.gather(fail(1, "first"), fail(2, "second"), fail(3, "third"))
    except ValueError as e:
        print("caught", e, "at", loop.time())
    await asyncio.sleep(5)
    print("no warnings for the later failures", loop.time())

asyncio.run(main())
