import asyncio

async def work():
    await asyncio.sleep(1)
    return "finished exactly at the deadline"

async def main():
    try:
        print(await asyncio.wait_for(work(), timeout=1))
    except TimeoutError:
        print("timeout wins the tie at", asyncio.get_running_loop().time())
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
        print("sleep won the tie")
    except TimeoutError:
        print("asyncio.timeout wins the tie at", asyncio.get_running_loop().time())

asyncio.run(main())
