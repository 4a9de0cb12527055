import asyncio

async def download():
    try:
        print("download started")
        await asyncio.sleep(10)
        print("never printed")
    except asyncio.CancelledError:
        print("download cancelled")
        raise
    finally:
        print("cleanup in finally")

async def main():
    try:
        await asyncio.wait_for(download(), timeout=1.5)
    except TimeoutError:
        print("timed out after", asyncio.get_running_loop().time())

asyncio.run(main())
