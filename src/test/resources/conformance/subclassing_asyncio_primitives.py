import asyncio

class CountingLock(asyncio.Lock):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.acquisitions = 0

    async def acquire(self):
        self.acquisitions += 1
        print(self.name, "acquire #", self.acquisitions, "at", asyncio.get_running_loop().time())
        return await super().acquire()

    def release(self):
        print(self.name, "release")
        super().release()

class AuditQueue(asyncio.Queue):
    def __init__(self, maxsize, label):
        super().__init__(maxsize)
        self.label = label
        self.log = []

    def put_nowait(self, item):
        self.log.append(("put", item))
        super().put_nowait(item)

    def get_nowait(self):
        item = super().get_nowait()
        self.log.append(("get", item))
        return item

class Plain(asyncio.LifoQueue):
    pass

class Gate(asyncio.Event):
    def open(self):
        print("gate opens")
        self.set()

class Pool(asyncio.BoundedSemaphore):
    def __init__(self, size):
        super().__init__(size)
        self.size = size

async def worker(lock, i):
    async with lock:
        await asyncio.sleep(1)
        print("worker", i, "done")

async def main():
    lock = CountingLock("L")
    await asyncio.gather(worker(lock, 1), worker(lock, 2))
    print(lock.acquisitions, lock.locked(), isinstance(lock, asyncio.Lock), type(lock).__name__)

    q = AuditQueue(1, "audit")
    async def producer():
        for i in range(3):
            await q.put(i)
    async def consumer():
        for _ in range(3):
            await q.get()
            await asyncio.sleep(0.5)
    await asyncio.gather(producer(), consumer())
    print(q.label, q.maxsize, q.log)

    p = Plain(2)
    p.put_nowait("a")
    p.put_nowait("b")
    print(p.maxsize, p.full(), p.get_nowait(), type(p).__name__, isinstance(p, asyncio.Queue))

    gate = Gate()
    asyncio.get_running_loop().call_later(1, gate.open)
    print("waited:", await gate.wait(), asyncio.get_running_loop().time())

    pool = Pool(2)
    async with pool:
        print("pool", pool.size, pool.locked())
    try:
        pool.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
