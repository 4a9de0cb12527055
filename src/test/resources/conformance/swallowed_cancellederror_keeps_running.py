import asyncio

async def stubborn():
    while True:
        try:
            await asyncio.sleep(1)
            print("tick", asyncio.get_running_loop().time())
        except asyncio.CancelledError:
            print("cancel swallowed!")
            return "refused to die"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(2.5)
    t.cancel()
    result = await t
    print("result:", result, "cancelled():", t.cancelled())

asyncio.run(main())
