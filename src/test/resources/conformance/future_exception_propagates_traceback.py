import asyncio

def fail_it(fut):
    fut.set_exception(ConnectionError("reset by peer"))

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fail_it, fut)
    await fut

asyncio.run(main())
