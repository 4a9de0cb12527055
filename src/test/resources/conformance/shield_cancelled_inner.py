import asyncio

async def main():
    inner = asyncio.create_task(asyncio.sleep(5))
    outer = asyncio.shield(inner)
    await asyncio.sleep(1)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("cancelling the inner task cancels the shield too:", outer.cancelled())

asyncio.run(main())
