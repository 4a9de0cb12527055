# Ready-queue and timer order of one event loop: call_soon FIFO, callbacks scheduled during an iteration run in
# the next one, due timers run after the callbacks already ready, equal deadlines in scheduling order, a
# cancelled timer never fires and never moves the clock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def cb(name):
        print(name, loop.time())
        if name == "soon1":
            loop.call_soon(cb, "soon-from-soon1")
            loop.call_later(0, cb, "later0-from-soon1")
        if name == "t05":
            loop.call_soon(cb, "soon-from-t05")
            loop.call_at(loop.time(), cb, "at-now-from-t05")

    loop.call_later(1, cb, "t1-a")
    loop.call_later(0.5, cb, "t05")
    loop.call_later(1, cb, "t1-b")
    loop.call_at(1.0, cb, "t1-c")
    loop.call_soon(cb, "soon1")
    loop.call_soon(cb, "soon2")
    h = loop.call_later(0.7, cb, "cancelled")
    h.cancel()
    loop.call_later(3, cb, "after-main")
    await asyncio.sleep(2)
    print("main done", loop.time())


asyncio.run(main())
