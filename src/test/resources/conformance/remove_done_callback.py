import asyncio

def cb_a(f):
    print("a")

def cb_b(f):
    print("b")

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(cb_a)
    fut.add_done_callback(cb_b)
    fut.add_done_callback(cb_a)
    print("removed", fut.remove_done_callback(cb_a))
    fut.set_result(None)
    await asyncio.sleep(0)

asyncio.run(main())
