import asyncio

async def important():
    await asyncio.sleep(3)
    print("important done at", asyncio.get_running_loop().time())
    return "kept"

async def main():
    t = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(t), 1)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time(), "task cancelled:", t.cancelled())
    print(await t)

asyncio.run(main())
