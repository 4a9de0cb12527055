import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    loop.call_soon(lambda: loop.call_soon(print, "scheduled by soon 3"))
    loop.call_soon(print, "soon 4")
    print("main before yielding")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    await asyncio.sleep(0)
    print("main after two")

asyncio.run(main())
