# main fails while a background task is sleeping: asyncio.run cancels the background task (its finally runs)
# before the exception leaves; the traceback lists only program frames.
import asyncio


async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("background finally", asyncio.get_running_loop().time())


def check(value):
    if value > 1:
        raise RuntimeError(f"value too large: {value}")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    check(2)


asyncio.run(main())
