import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(2, print, "call_later 2s at", 2)
    loop.call_at(loop.time() + 1, print, "call_at +1")
    h = loop.call_later(1.5, print, "cancelled, never printed")
    h.cancel()
    print("handle cancelled:", h.cancelled(), "when:", h.when())
    loop.call_later(3, done.set_result, "finished")
    print(await done, loop.time())

asyncio.run(main())
