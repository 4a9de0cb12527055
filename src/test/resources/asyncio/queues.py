# Queue: a bounded queue makes the producer wait; consumers wake in FIFO order; join() returns after
# task_done() for every item; LifoQueue and PriorityQueue orders; the _nowait forms raise QueueFull/QueueEmpty.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize(), asyncio.get_running_loop().time())
    await q.put(None)
    await q.put(None)


async def consumer(name, q):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "stops")
            return
        await asyncio.sleep(1)
        print(name, "got", item, asyncio.get_running_loop().time())
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print("joined", asyncio.get_running_loop().time(), q.empty(), q.full(), q.maxsize)
    await asyncio.gather(*consumers)

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lifo.put_nowait(x)
        prio.put_nowait((x, f"job{x}"))
    print([lifo.get_nowait() for _ in range(3)], [prio.get_nowait() for _ in range(3)])
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("full")
    small.get_nowait()
    try:
        small.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    try:
        small.task_done()
        small.task_done()
    except ValueError as e:
        print(e)


asyncio.run(main())
