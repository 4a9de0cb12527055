import asyncio

async def stream():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(1)
    finally:
        print("stream finally at", asyncio.get_running_loop().time())

async def main():
    gen = stream()
    async for v in gen:
        print("got", v)
        if v == 1:
            break
    print("main returns without closing the generator")

asyncio.run(main())
print("after run")
