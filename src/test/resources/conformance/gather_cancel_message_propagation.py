import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.sleep(5))
    g = asyncio.gather(t)
    await asyncio.sleep(1)
    t.cancel("child stop")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    t2 = asyncio.create_task(asyncio.sleep(5))
    g2 = asyncio.gather(t2)
    await asyncio.sleep(0)
    g2.cancel("outer stop")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    try:
        await t2
    except asyncio.CancelledError as e:
        print("child raised CancelledError", e.args)

asyncio.run(main())
