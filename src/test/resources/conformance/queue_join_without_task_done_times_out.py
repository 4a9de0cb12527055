import asyncio

async def forgetful(q):
    while True:
        item = await q.get()
        print("processed", item, "but forgot task_done()")

async def main():
    q = asyncio.Queue()
    for i in range(2):
        q.put_nowait(i)
    w = asyncio.create_task(forgetful(q))
    try:
        await asyncio.wait_for(q.join(), timeout=2)
    except TimeoutError:
        print("join() would wait forever; unfinished items remain")
    w.cancel()

asyncio.run(main())
