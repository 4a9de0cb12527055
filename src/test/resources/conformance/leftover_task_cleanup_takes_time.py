import asyncio

async def graceful():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("cleaning up for 2s")
        await asyncio.sleep(2)
        print("cleanup done at", asyncio.get_running_loop().time())
        raise

async def main():
    asyncio.create_task(graceful())
    await asyncio.sleep(1)

asyncio.run(main())
print("after asyncio.run")
