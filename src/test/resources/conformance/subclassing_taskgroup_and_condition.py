import asyncio

class NamedGroup(asyncio.TaskGroup):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
        self.count = 0

    def create_task(self, coro, *, name=None):
        self.count += 1
        return super().create_task(coro, name=f"{self.prefix}-{self.count}")

    async def __aexit__(self, et, exc, tb):
        print("group exiting with", et.__name__ if et else None)
        try:
            return await super().__aexit__(et, exc, tb)
        finally:
            print("group exited at", asyncio.get_running_loop().time())

class Mailbox(asyncio.Condition):
    def __init__(self):
        super().__init__()
        self.items = []

    async def post(self, item):
        async with self:
            self.items.append(item)
            self.notify()

    async def receive(self):
        async with self:
            await self.wait_for(lambda: self.items)
            return self.items.pop(0)

async def job(n):
    await asyncio.sleep(n)
    return asyncio.current_task().get_name()

async def fail():
    await asyncio.sleep(0.5)
    raise ValueError("boom")

async def main():
    async with NamedGroup("job") as g:
        a = g.create_task(job(1))
        b = g.create_task(job(2))
    print(a.result(), b.result(), g.count, isinstance(g, asyncio.TaskGroup))
    try:
        async with NamedGroup("bad") as g2:
            g2.create_task(fail())
            g2.create_task(job(3))
    except* ValueError as eg:
        print("caught", eg.exceptions)
    box = Mailbox()
    r = asyncio.create_task(box.receive())
    await asyncio.sleep(1)
    await box.post("hello")
    print(await r, box.locked(), type(box).__name__)

asyncio.run(main())
