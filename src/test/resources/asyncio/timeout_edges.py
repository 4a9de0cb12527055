# Timeouts: wait_for(timeout=0) on a done task returns its result; a coroutine that swallows the cancel and
# returns is not a timeout; reschedule into the past fires on the next iteration; a timeout in a task that is
# also cancelled from outside lets CancelledError through; Timeout repr states.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.create_task(asyncio.sleep(0, "ready"))
    await asyncio.sleep(0)
    print(await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError:
        print("zero timeout", loop.time())
    print(await asyncio.wait_for(stubborn(), 1), loop.time())

    async with asyncio.timeout(10) as cm:
        print(repr(cm))
        cm.reschedule(loop.time() - 1)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled by past deadline", loop.time(), repr(cm))
            raise
    print("unreachable")


async def runner():
    try:
        await main()
    except TimeoutError:
        print("converted to TimeoutError")

    async def victim():
        async with asyncio.timeout(5):
            await asyncio.sleep(10)

    t = asyncio.create_task(victim())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outside cancel wins", asyncio.get_running_loop().time())


asyncio.run(runner())
