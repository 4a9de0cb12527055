import asyncio

async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(3)
    print("holder released at", asyncio.get_running_loop().time())

async def impatient(lock):
    try:
        async with asyncio.timeout(1):
            async with lock:
                print("never gets it")
    except TimeoutError:
        print("impatient gave up at", asyncio.get_running_loop().time())

async def patient(lock):
    async with lock:
        print("patient got it at", asyncio.get_running_loop().time())

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), impatient(lock), patient(lock))

asyncio.run(main())
