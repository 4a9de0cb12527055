# Futures: done callbacks run via call_soon in registration order, one iteration after completion;
# remove_done_callback; result()/exception() states; an awaiting task resumes after the callbacks queued
# before its wakeup; call_soon callbacks interleave with task steps in FIFO order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def cb(name):
        return lambda f: print("callback", name, f.result())

    fut.add_done_callback(cb("first"))
    second = cb("second")
    fut.add_done_callback(second)
    fut.add_done_callback(cb("third"))
    print("removed", fut.remove_done_callback(second))
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("not ready:", e)

    async def setter():
        print("setter runs")
        fut.set_result(42)
        loop.call_soon(print, "call_soon after set_result")
        print("setter done")

    asyncio.create_task(setter())
    print("awaiting")
    value = await fut
    print("awaited", value, fut.done(), fut.exception())
    fut.add_done_callback(cb("late"))
    await asyncio.sleep(0)

    bad = loop.create_future()
    bad.set_exception(KeyError("k"))
    print("exception()", repr(bad.exception()))
    try:
        bad.set_result(1)
    except asyncio.InvalidStateError:
        print("already done")
    c = loop.create_future()
    print(c.cancel("why"), c.cancelled(), c.cancel())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("cancelled:", e)


asyncio.run(main())
