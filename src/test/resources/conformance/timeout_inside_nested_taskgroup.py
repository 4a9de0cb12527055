import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    try:
        async with asyncio.timeout(2):
            async with asyncio.TaskGroup() as outer:
                outer.create_task(child("a", 1))
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(child("b", 5))
    except TimeoutError as e:
        print("TimeoutError:", type(e).__name__, "at", asyncio.get_running_loop().time())
        print("context:", type(e.__context__).__name__)

asyncio.run(main())
