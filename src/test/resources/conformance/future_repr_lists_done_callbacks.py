import asyncio

def on_done(fut):
    pass

class Watcher:
    def notify(self, fut):
        pass

async def work():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(on_done)
    f.add_done_callback(Watcher().notify)
    f.add_done_callback(lambda fut: None)
    print(repr(f))
    t = asyncio.create_task(work(), name="w")
    t.add_done_callback(on_done)
    print(repr(t))
    h = loop.call_soon(lambda: None)
    print(repr(h))
    h2 = loop.call_later(1.5, Watcher().notify, [1, 2, 3], "x" * 40)
    print(repr(h2))
    h3 = loop.call_at(3, on_done, "at three")
    print(repr(h3))
    g = asyncio.gather(t, f)
    print(type(g).__name__, isinstance(g, asyncio.Future))
    f.set_result(None)
    await g

asyncio.run(main())
