import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    try:
        for fut in asyncio.as_completed([job(1), job(5), job(2)], timeout=3):
            print("finished", await fut)
    except TimeoutError:
        print("as_completed timed out at", asyncio.get_running_loop().time())

asyncio.run(main())
