import asyncio

async def work():
    await asyncio.sleep(1)
    return "w"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())
    pending = asyncio.wait_for(t, "soon")
    print("wait_for(...) built:", type(pending).__name__)
    try:
        await pending
    except TypeError as e:
        print("await wait_for:", e)
    w = asyncio.wait([t], timeout="x")
    try:
        await w
    except TypeError as e:
        print("await wait:", e)
    try:
        asyncio.timeout("x")
    except TypeError as e:
        print("timeout():", e)
    cm = asyncio.timeout_at("x")
    try:
        async with cm:
            pass
    except TypeError as e:
        print("timeout_at enter:", e)
    print(await t)

asyncio.run(main())
