import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("done:", t.done(), "cancelled:", t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raised CancelledError")

asyncio.run(main())
