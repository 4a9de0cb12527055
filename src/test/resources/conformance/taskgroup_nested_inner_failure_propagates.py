import asyncio

async def boom(delay, msg):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("outer sibling cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(sleeper())
            async with asyncio.TaskGroup() as inner:
                inner.create_task(boom(1, "inner boom"))
            print("not reached")
    except ExceptionGroup as eg:
        print("outer group:", eg.message, len(eg.exceptions))
        sub = eg.exceptions[0]
        print("sub:", type(sub).__name__, sub.message, [str(e) for e in sub.exceptions])

asyncio.run(main())
