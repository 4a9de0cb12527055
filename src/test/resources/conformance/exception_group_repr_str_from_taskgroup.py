import asyncio

async def fail(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v")))
            tg.create_task(fail(KeyError("k")))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(str(eg))
        print(eg.args)
        m, rest = eg.split(ValueError)
        print(repr(m), repr(rest))
        print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
        print(eg.__cause__, eg.__context__, eg.__suppress_context__)
    for e in (asyncio.QueueEmpty(), asyncio.QueueFull(), asyncio.InvalidStateError("s"), asyncio.TimeoutError(), asyncio.BrokenBarrierError("b")):
        print(repr(e), str(e) == "")

asyncio.run(main())
