import asyncio

async def ok(d):
    await asyncio.sleep(d)
    return d

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad {d}")

async def main():
    tasks = [asyncio.create_task(ok(3)), asyncio.create_task(bad(1)), asyncio.create_task(ok(0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    for t in tasks:
        if t.done():
            print("done task exception:", repr(t.exception()))
    await asyncio.wait(pending)

asyncio.run(main())
