import asyncio


def fail(fut):
    fut.set_exception(KeyError("session"))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fail, fut)
    try:
        await fut
    except KeyError as e:
        print("first:", repr(e))
    fut.result()

asyncio.run(main())
