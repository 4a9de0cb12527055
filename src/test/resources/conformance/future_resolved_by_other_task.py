import asyncio

async def resolver(fut):
    await asyncio.sleep(2)
    print("resolving")
    fut.set_result("resolved value")
    print("resolver continues right after set_result")

async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(resolver(fut))
    print("waiting on the future")
    print(await fut)

asyncio.run(main())
