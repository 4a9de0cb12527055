import asyncio

async def save():
    print("saving...")
    await asyncio.sleep(2)
    print("saved at", asyncio.get_running_loop().time())
    return "ok"

async def main():
    inner = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except TimeoutError:
        print("caller gave up at", asyncio.get_running_loop().time(), "inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

asyncio.run(main())
