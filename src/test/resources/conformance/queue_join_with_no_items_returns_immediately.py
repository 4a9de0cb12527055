import asyncio

async def other():
    print("other ran")

async def main():
    q = asyncio.Queue()
    asyncio.create_task(other())
    await q.join()
    print("join returned without yielding")
    q.put_nowait(1)
    q.get_nowait()
    async def finisher():
        await asyncio.sleep(1)
        q.task_done()
    asyncio.create_task(finisher())
    await q.join()
    print("joined at", asyncio.get_running_loop().time())

asyncio.run(main())
