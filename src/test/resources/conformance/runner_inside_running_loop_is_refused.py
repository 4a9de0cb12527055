import asyncio


def run_nested():
    # Runner.__enter__ creates a second loop; run() refuses to start it inside a running loop, and the with
    # block's close() then fails the same check in run_until_complete(loop.shutdown_asyncgens()).
    with asyncio.Runner() as runner:
        return runner.run(asyncio.sleep(0, result="nested"))


async def main():
    try:
        run_nested()
    except RuntimeError as e:
        print("refused:", e)
        print("because:", e.__context__)
    try:
        asyncio.Runner().run(asyncio.sleep(0))
    except RuntimeError as e:
        print("refused:", e)
    await asyncio.sleep(1)
    print("main still runs", asyncio.get_running_loop().time())


asyncio.run(main())
with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(2, result="a runner outside any loop works")))
