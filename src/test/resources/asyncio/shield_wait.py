# shield keeps the inner task running when the awaiting task is cancelled; wait() returns (done, pending) for
# FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED and never raises on timeout; as_completed yields results
# in completion order and raises TimeoutError when its timeout passes.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    print("job", name, "done", asyncio.get_running_loop().time())
    return name


async def main():
    inner = asyncio.create_task(job("shielded", 2))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 1))
    try:
        await outer
    except TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print("inner result", await inner)

    tasks = [asyncio.create_task(job(n, d, f)) for n, d, f in [("x", 1, False), ("y", 2, True), ("z", 3, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first", sorted(t.get_name() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("exception", sorted(t.get_name() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print("timeout", len(done), len(pending), asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(tasks)
    print("all", len(done), len(pending), asyncio.get_running_loop().time())

    # tasks, not coroutines: as_completed wraps coroutines in the order of a set (object addresses)
    racers = [asyncio.create_task(job(n, d)) for n, d in [("p", 3), ("q", 1), ("r", 2)]]
    for coro in asyncio.as_completed(racers):
        print("completed", await coro)
    try:
        for coro in asyncio.as_completed([asyncio.create_task(job("s", 5))], timeout=1):
            await coro
    except TimeoutError:
        print("as_completed timed out", asyncio.get_running_loop().time())
    await asyncio.sleep(5)


asyncio.run(main())
