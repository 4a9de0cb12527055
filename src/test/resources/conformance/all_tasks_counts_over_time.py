import asyncio

async def w(d):
    await asyncio.sleep(d)

async def main():
    print("start:", len(asyncio.all_tasks()))
    ts = [asyncio.create_task(w(i)) for i in (1, 2, 3)]
    print("after create:", len(asyncio.all_tasks()))
    await asyncio.sleep(1.5)
    print("at 1.5:", len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print("end:", len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
