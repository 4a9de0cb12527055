import asyncio

keep = []

async def stream(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(1)
    finally:
        print(name, "closed at", asyncio.get_running_loop().time(), "in", asyncio.current_task().get_name())

async def main():
    for name in ("s1", "s2"):
        g = stream(name)
        keep.append(g)
        print(name, await g.__anext__())
    await asyncio.sleep(0.5)
    print("main returns")

asyncio.run(main())
print("after run")
