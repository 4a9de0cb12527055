import asyncio


async def ticks():
    try:
        yield "first"
        await asyncio.sleep(1)
        yield "second"
        await asyncio.sleep(1)
        yield "third"
    finally:
        print("generator cleans up at", asyncio.get_running_loop().time())


async def main():
    g = ticks()
    print(await anext(g))
    # anext(g) is not a coroutine function's coroutine, but asyncio accepts it as one: it can be a task ...
    task = asyncio.create_task(anext(g), name="next-tick")
    print("task", task.get_name(), await task)
    # ... be gathered or bounded by wait_for ...
    print("gathered", await asyncio.gather(anext(g)))
    g2 = ticks()
    await anext(g2)
    try:
        await asyncio.wait_for(anext(g2), 0.5)
    except TimeoutError:
        print("wait_for timed out at", asyncio.get_running_loop().time())
    # ... and cancelling its task throws CancelledError into the generator, which runs its finally.
    g3 = ticks()
    await anext(g3)
    task = asyncio.create_task(anext(g3))
    await asyncio.sleep(0.25)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    # Close the others explicitly: when an unfinished async generator is collected is another matter.
    await g.aclose()
    await g2.aclose()


asyncio.run(main())
