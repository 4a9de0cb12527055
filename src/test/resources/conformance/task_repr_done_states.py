import asyncio

async def ok():
    return 5

async def bad():
    raise KeyError("k")

async def main():
    t = asyncio.create_task(ok(), name="ok-task")
    await t
    s = repr(t)
    print(s[:s.index(" coro=")] + s[s.index(" result="):])
    b = asyncio.create_task(bad(), name="bad-task")
    try:
        await b
    except KeyError:
        pass
    s = repr(b)
    print(s[:s.index(" coro=")] + s[s.index(" exception="):])
    c = asyncio.create_task(ok(), name="c-task")
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        pass
    print(repr(c))

asyncio.run(main())
