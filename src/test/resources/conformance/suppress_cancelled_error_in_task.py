import asyncio
import contextlib

async def worker():
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.sleep(5)
    print("suppressed, continuing at", asyncio.get_running_loop().time())
    return "finished normally"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    print(await t, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())

asyncio.run(main())
