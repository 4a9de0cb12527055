import asyncio


async def guarded(tag, delay):
    try:
        await asyncio.sleep(delay)
        return tag
    except asyncio.CancelledError as e:
        print(tag, "swallows the cancellation", e.args)
        return -1


async def cancel_holder(*aws):
    gathering = asyncio.gather(*aws, return_exceptions=True)

    async def holder():
        return await gathering

    task = asyncio.create_task(holder())
    await asyncio.sleep(0)
    task.cancel("stop")
    try:
        print("holder returned", await task)
    except asyncio.CancelledError as e:
        print("holder cancelled", e.args, "gather cancelled:", gathering.cancelled())


async def main():
    # Every child swallows the cancellation, yet a cancelled gather still raises CancelledError. CPython builds
    # it from the LAST child in argument order (tasks.gather's results loop rebinds 'fut'), not from the child
    # that finished last. 'b' is between two steps (sleep(0)), so Task.cancel stores the message on it and its
    # error carries 'stop'; 'a' is waiting on a timer, so the message goes to the timer and 'a' keeps none.
    await cancel_holder(guarded("a", 0.1), guarded("b", 0))
    # Reversed: the last argument is 'a', which finishes last but has no message of its own.
    await cancel_holder(guarded("b", 0), guarded("a", 0.1))


asyncio.run(main())
