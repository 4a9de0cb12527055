import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0.5, result="ok"))
    await t
    print("cancel on a finished task:", t.cancel(), t.cancelled(), t.result())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    print("cancel on a finished future:", fut.cancel())

asyncio.run(main())
