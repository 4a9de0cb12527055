# repr of tasks and futures as CPython prints them: state, name, coroutine and where it is, what it waits for,
# result (through reprlib's limits) or exception.
import asyncio


async def work():
    await asyncio.sleep(1)
    return 42


async def chatty():
    await asyncio.sleep(0.5)
    return "a long result string that reprlib will shorten"


async def main():
    t = asyncio.create_task(work())
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result(list(range(10)))
    print(f)
    c = asyncio.create_task(work(), name="c")
    await asyncio.sleep(0)
    c.cancel()
    print(c)
    await asyncio.sleep(0)
    print(c)
    ch = asyncio.create_task(chatty(), name="chatty")
    await ch
    print(ch)
    bad = asyncio.get_running_loop().create_future()
    bad.set_exception(ValueError("nope"))
    print(bad)
    bad.exception()


asyncio.run(main())
