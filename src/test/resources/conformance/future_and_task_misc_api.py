import asyncio

def cb(f):
    print("cb", f.result())

async def work():
    return 3

async def main():
    loop = asyncio.get_running_loop()
    f = asyncio.Future()
    print(f.get_loop() is loop)
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    print("removed", f.remove_done_callback(cb))
    print("removed again", f.remove_done_callback(cb))
    f.add_done_callback(cb, context=None)
    f.set_result(9)
    await asyncio.sleep(0)
    t = asyncio.Task(work(), name="direct")
    print(t.get_loop() is loop, t.get_name())
    print(await t)
    print(t.done(), t.cancelled(), t.exception())

asyncio.run(main())
