import asyncio

async def job(i):
    await asyncio.sleep(i % 3)
    if i == 4:
        raise ValueError("four")
    return i

async def main():
    tasks = [asyncio.create_task(job(i), name=f"job-{i}") for i in range(6)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()) if t.exception() else t.result())

asyncio.run(main())
