import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.cancel()
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("cancelled", repr(e))
    f2 = asyncio.get_running_loop().create_future()
    f2.set_result(1)
    f2.set_exception(ValueError("late"))

asyncio.run(main())
