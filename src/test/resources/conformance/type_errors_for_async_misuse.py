import asyncio

class NotAsyncCM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

async def main():
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("create_task:", e)
    try:
        await 42
    except TypeError as e:
        print("await:", e)
    try:
        async with NotAsyncCM():
            pass
    except TypeError as e:
        print("async with:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("async for:", e)

asyncio.run(main())
