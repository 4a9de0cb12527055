import asyncio


async def slow(tag):
    try:
        print(tag, "started")
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(tag, "caught the cancellation")
        return "swallowed"


async def main():
    # A task cancelled before its first step never enters its body: CPython throws CancelledError into the
    # unstarted coroutine, which raises it at the def line, outside the try.
    task = asyncio.create_task(slow("a"))
    task.cancel()
    try:
        print("a returned", await task)
    except asyncio.CancelledError:
        print("a cancelled", task.cancelled())

    # wait_for with timeout=0 cancels the not-yet-started task the same way.
    task = asyncio.create_task(slow("b"))
    try:
        print("b returned", await asyncio.wait_for(task, timeout=0))
    except TimeoutError as e:
        print("b timed out", repr(e), task.cancelled())

    # Started first, the same coroutine catches the cancellation.
    task = asyncio.create_task(slow("c"))
    await asyncio.sleep(0)
    task.cancel()
    print("c returned", await task)


asyncio.run(main())
