import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_later(1, fut.set_result, 42)
    print("awaited:", await fut, "at", loop.time())
    try:
        fut.set_result(43)
    except asyncio.InvalidStateError as e:
        print("second set_result:", e)
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    print("exception():", repr(f2.exception()))
    f3 = loop.create_future()
    print("cancel:", f3.cancel(), f3.cancelled(), f3.done())

asyncio.run(main())
