import asyncio

async def fetch():
    await asyncio.sleep(3)

async def main():
    await asyncio.wait_for(fetch(), timeout=1)

asyncio.run(main())
