import asyncio

def cb(fut):
    t = asyncio.current_task()
    print("callback for", fut.get_name(), "current task:", None if t is None else t.get_name())

async def main():
    t = asyncio.create_task(asyncio.sleep(1), name="sleeper")
    t.add_done_callback(cb)
    await t
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("call_soon current:", asyncio.current_task$[()))
    loop.call_soon(lambda: print("call_soon current:", asyncio.current_task$[()))
    await asyncio.sleep(0)
    print("main current:", asyncio.current_task().get_name())

asyncio.run(main())
