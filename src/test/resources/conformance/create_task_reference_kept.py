import asyncio

background = set()

async def work(i):
    await asyncio.sleep(i)
    print("work", i, "done")

async def main():
    for i in range(3):
        t = asyncio.create_task(work(i + 1))
        background.add(t)
        t.add_done_callback(background.discard)
    while background:
        await asyncio.sleep(0.5)
        print("still running:", len(background))

asyncio.run(main())
