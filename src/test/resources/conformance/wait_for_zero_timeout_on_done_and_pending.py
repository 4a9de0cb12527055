import asyncio

async def quick():
    return "quick"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))
    try:
        print(await asyncio.wait_for(quick(), 0))
    except TimeoutError:
        print("coroutine with timeout 0 timed out")
    t = asyncio.create_task(asyncio.sleep(1, "late"))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("task timed out; cancelled:", t.cancelled(), "at", loop.time())
    try:
        await asyncio.wait_for(asyncio.sleep(1), -1)
    except TimeoutError:
        print("negative timeout too, at", loop.time())

asyncio.run(main())
