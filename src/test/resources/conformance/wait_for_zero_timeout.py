import asyncio

async def instant():
    return "instant"

async def needs_time():
    await asyncio.sleep(0.1)
    return "late"

async def main():
    print(await asyncio.wait_for(instant(), timeout=0))
    try:
        await asyncio.wait_for(needs_time(), timeout=0)
    except TimeoutError:
        print("timeout=0 expired at", asyncio.get_running_loop().time())

asyncio.run(main())
