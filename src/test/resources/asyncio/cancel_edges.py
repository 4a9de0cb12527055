# Cancellation edge cases: cancelling a task that awaits another task cancels the inner one too; a cancelled
# lock waiter passes its turn on; a cancelled queue getter does not lose an item; cancel during an await in
# finally; gather's outer cancel reaches children; a child cancelled without return_exceptions.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled, inner done:", t.done())
        raise


async def locker(lock, name, hold):
    async with lock:
        print(name, "has lock", asyncio.get_running_loop().time())
        await asyncio.sleep(hold)


async def cleanup_slowly():
    try:
        await asyncio.sleep(10)
    finally:
        print("finally starts")
        await asyncio.sleep(1)
        print("finally ends", asyncio.get_running_loop().time())


async def main():
    t_in = asyncio.create_task(inner())
    t_out = asyncio.create_task(outer(t_in))
    await asyncio.sleep(1)
    t_out.cancel()
    await asyncio.gather(t_out, return_exceptions=True)
    print("inner cancelled:", t_in.cancelled(), "outer cancelled:", t_out.cancelled())

    lock = asyncio.Lock()
    holder = asyncio.create_task(locker(lock, "holder", 2))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(locker(lock, "w1", 1))
    w2 = asyncio.create_task(locker(lock, "w2", 1))
    await asyncio.sleep(1)
    w1.cancel()
    await asyncio.gather(holder, w1, w2, return_exceptions=True)
    print("w1 cancelled:", w1.cancelled())

    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    print("g2 got:", await g2, "g1 cancelled:", g1.cancelled(), "left:", q.qsize())

    slow = asyncio.create_task(cleanup_slowly())
    await asyncio.sleep(1)
    slow.cancel()
    await asyncio.sleep(0.5)
    print("slow done yet?", slow.done())
    await asyncio.gather(slow, return_exceptions=True)

    g = asyncio.gather(inner(), asyncio.sleep(5, "five"))
    await asyncio.sleep(1)
    print("gather cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError", asyncio.get_running_loop().time())

    victim = asyncio.create_task(asyncio.sleep(5))
    g2 = asyncio.gather(victim, asyncio.sleep(1, "one"))
    await asyncio.sleep(0)
    victim.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("child cancellation propagates", asyncio.get_running_loop().time())
    await asyncio.sleep(2)


asyncio.run(main())
