import asyncio

async def joiner(q, name):
    await q.join()
    print(name, "joined at", asyncio.get_running_loop().time())

async def main():
    q = asyncio.Queue()
    for i in range(2):
        q.put_nowait(i)
    js = [asyncio.create_task(joiner(q, n)) for n in ("j1", "j2")]
    await asyncio.sleep(1)
    q.get_nowait()
    q.task_done()
    await asyncio.sleep(1)
    q.get_nowait()
    q.task_done()
    print("all done called at", asyncio.get_running_loop().time())
    await asyncio.gather(*js)

asyncio.run(main())
