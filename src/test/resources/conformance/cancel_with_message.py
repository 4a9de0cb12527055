import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("cancelled with args", e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("cancel() returned", t.cancel(msg="shutting down"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees", repr(e), t.cancelled())
    print("cancel again:", t.cancel())

asyncio.run(main())
