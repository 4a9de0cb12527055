import asyncio

async def important():
    await asyncio.sleep(3)
    print("important work finished")
    return 99

async def caller():
    return await asyncio.shield(important())

async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caller cancelled")
    await asyncio.sleep(3)
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
