import asyncio

async def waiter(fut, name):
    v = await fut
    print(name, "resumed with", v)

async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(waiter(fut, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("plain callback"))
    fut.set_result("go")
    print("set_result returned")
    await asyncio.gather(*tasks)

asyncio.run(main())
