import asyncio

async def slow():
    await asyncio.sleep(5)
    return "slow"

async def main():
    t = asyncio.create_task(slow())
    async def canceller():
        await asyncio.sleep(1)
        t.cancel()
        return "cancelled it"
    results = await asyncio.gather(t, canceller(), asyncio.sleep(2, result="two"), return_exceptions=True)
    print([type(r).__name__ for r in results], results[1:])

asyncio.run(main())
