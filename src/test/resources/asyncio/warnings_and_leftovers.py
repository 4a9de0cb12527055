# A coroutine created but never awaited is reported; a task whose exception nobody retrieves is reported
# with its name; asyncio.run cancels a task still running when main returns and runs its cleanup.
import asyncio


async def forgotten():
    print("never runs")


async def fails():
    raise ValueError("nobody looks")


async def background():
    try:
        while True:
            await asyncio.sleep(1)
            print("tick", asyncio.get_running_loop().time())
    finally:
        print("background cleanup", asyncio.get_running_loop().time())


async def main():
    forgotten()
    asyncio.create_task(fails(), name="orphan")
    asyncio.create_task(background())
    await asyncio.sleep(2.5)
    print("main returns")


asyncio.run(main())
