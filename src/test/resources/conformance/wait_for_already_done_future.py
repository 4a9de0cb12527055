import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, timeout=0))
    t = asyncio.create_task(asyncio.sleep(0, result="task ready"))
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, timeout=1), asyncio.get_running_loop().time())

asyncio.run(main())
