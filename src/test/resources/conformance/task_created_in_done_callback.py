import asyncio

async def follow_up(n):
    print("follow-up for", n, "runs in", asyncio.current_task().get_name())

def on_done(t):
    print("callback for", t.get_name(), "current task:", asyncio.current_task())
    asyncio.get_running_loop().create_task(follow_up(t.result()))

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    for n in (1, 2):
        asyncio.create_task(job(n)).add_done_callback(on_done)
    await asyncio.sleep(3)
    print("main done")

asyncio.run(main())
