import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "handle 1 runs")
    h2 = loop.call_soon(print, "handle 2 is cancelled")
    h2.cancel()
    print("h2 cancelled:", h2.cancelled(), "h1 cancelled:", h1.cancelled())
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
