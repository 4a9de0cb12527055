import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "later 0 (a)")
    loop.call_soon(print, "soon (b)")
    loop.call_at(loop.time(), print, "at now (c)")
    loop.call_later(-1, print, "later -1 (d)")
    loop.call_soon(print, "soon (e)")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    await asyncio.sleep(0)
    print("main after two sleep(0)")

asyncio.run(main())
