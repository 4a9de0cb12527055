# wait_for (3.12: a timeout() block around the inline await): the inner coroutine is cancelled and its finally
# runs; TimeoutError is raised from the CancelledError; an uncaught one ends the program with both tracebacks.
import asyncio


async def slow(label):
    try:
        await asyncio.sleep(5)
        return label
    finally:
        print("cleanup", label, asyncio.get_running_loop().time())


async def main():
    print(await asyncio.wait_for(slow("fast enough"), timeout=10))
    try:
        await asyncio.wait_for(slow("too slow"), timeout=1)
    except TimeoutError as e:
        print("timed out", type(e.__cause__).__name__, asyncio.get_running_loop().time())
    task = asyncio.create_task(slow("task"))
    try:
        await asyncio.wait_for(task, 0.5)
    except asyncio.TimeoutError:
        print("task cancelled?", task.cancelled())
    await asyncio.wait_for(slow("uncaught"), 2)


asyncio.run(main())
