import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inner cancelled", e.args)
        raise

async def runner():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError as e:
        print("runner cancelled", e.args, "at", asyncio.get_running_loop().time())
        raise

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(1)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)

asyncio.run(main())
