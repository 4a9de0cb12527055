import asyncio

async def sleeper(n):
    await asyncio.sleep(n)

async def main():
    me = asyncio.current_task()
    print("current:", me.get_name(), me is asyncio.current_task())
    ts = [asyncio.create_task(sleeper(i + 1), name=f"s{i}") for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await ts[0]
    print(len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print([t.get_name() for t in asyncio.all_tasks()])

print(asyncio.run(main()))
