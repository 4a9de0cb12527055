import asyncio

async def main():
    asyncio.current_task().cancel("shutting down")
    await asyncio.sleep(1)

asyncio.run(main())
