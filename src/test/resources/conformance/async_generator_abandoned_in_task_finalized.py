import asyncio

async def ticks(tag):
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(1)
    finally:
        print(tag, "finally at", asyncio.get_running_loop().time(), asyncio.current_task().get_name())

async def consumer():
    gen = ticks("consumer")
    async for v in gen:
        print("consumer got", v)
        if v == 1:
            break
    print("consumer returns")

async def main():
    task = asyncio.create_task(consumer(), name="consumer")
    await task
    print("main after consumer")
    await asyncio.sleep(0)
    print("main ends")

asyncio.run(main())
print("after run")
