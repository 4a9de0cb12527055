import asyncio

async def important():
    await asyncio.sleep(3)
    print("important finished at", asyncio.get_running_loop().time())
    return "saved"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled at", asyncio.get_running_loop().time())
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError:
            print("caller cancelled again at", asyncio.get_running_loop().time())
            raise

async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.sleep(0)
    print("caller cancelled:", c.cancelled(), "inner done:", inner.done())
    print(await inner)

asyncio.run(main())
