import asyncio

async def ignores_cancel():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("ignoring cancellation")
    await asyncio.sleep(1)
    return "late value"

async def main():
    r = await asyncio.wait_for(ignores_cancel(), timeout=1)
    print("wait_for returned", r, "at", asyncio.get_running_loop().time())

asyncio.run(main())
