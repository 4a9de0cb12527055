import asyncio

async def stage(name, wait_for, signal, delay):
    if wait_for is not None:
        await wait_for.wait()
    print(f"{name} starts at {asyncio.get_running_loop().time()}")
    await asyncio.sleep(delay)
    signal.set()
    print(f"{name} done at {asyncio.get_running_loop().time()}")

async def main():
    e1, e2, e3 = asyncio.Event(), asyncio.Event(), asyncio.Event()
    await asyncio.gather(
        stage("deploy", e2, e3, 1),
        stage("build", None, e1, 2),
        stage("test", e1, e2, 1.5),
    )

asyncio.run(main())
