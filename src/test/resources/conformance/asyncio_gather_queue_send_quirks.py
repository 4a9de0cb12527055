# Where CPython's Python code shapes an error: gather keys its arguments in a dict, Queue keeps any maxsize and
# only compares it in full(), and a just-started coroutine refuses a non-None value (and counts its arguments)
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    try:
        await asyncio.gather([work(1), work(2)])
    except TypeError as e:
        print("gather list:", type(e).__name__, e)
    print("gather ok:", await asyncio.gather(work(1), work(1)))

    queue = asyncio.Queue(maxsize="x")
    print("queue made:", queue.maxsize, queue.qsize(), queue.empty())
    try:
        queue.put_nowait(1)
    except TypeError as e:
        print("put_nowait:", type(e).__name__, e)
    try:
        queue.full()
    except TypeError as e:
        print("full:", type(e).__name__, e)
    half = asyncio.Queue(maxsize=1.5)
    half.put_nowait(1)
    print("1.5 after one:", half.full())
    half.put_nowait(2)
    print("1.5 after two:", half.full())
    try:
        half.put_nowait(3)
    except asyncio.QueueFull:
        print("1.5 full at", half.qsize())

    sleeper = asyncio.sleep(1)
    try:
        sleeper.send(5)
    except TypeError as e:
        print("send:", type(e).__name__, e)
    for label, misuse in [("send()", lambda: sleeper.send()), ("send(1, 2)", lambda: sleeper.send(1, 2)),
                          ("throw()", lambda: sleeper.throw()), ("close(1)", lambda: sleeper.close(1))]:
        try:
            misuse()
        except TypeError as e:
            print(label, type(e).__name__, e)
    sleeper.close()
    print("time:", asyncio.get_running_loop().time())


asyncio.run(main())
