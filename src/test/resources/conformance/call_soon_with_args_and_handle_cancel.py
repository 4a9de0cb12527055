import asyncio

def show(*args):
    print("show", args, asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show, 1, "two")
    h = loop.call_later(1, show, "timer")
    h2 = loop.call_at(2, show, "at")
    loop.call_later(0.5, h.cancel)
    print("cancelled?", h.cancelled(), "when:", h.when(), h2.when())
    await asyncio.sleep(3)
    print("timer cancelled:", h.cancelled())
    h2.cancel()
    h2.cancel()
    print("cancel twice ok", h2.cancelled())

asyncio.run(main())
