import asyncio
import time

def blocking(a, b=0, *, scale=1):
    time.sleep(a)
    return (a + b) * scale

async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, blocking, 1, 2)
    print("executor:", r1, "at", loop.time())
    r2 = await asyncio.to_thread(blocking, 2, b=1, scale=10)
    print("to_thread:", r2, "at", loop.time())
    f = loop.run_in_executor(None, blocking, 1)
    print("is future:", asyncio.isfuture(f), type(f).__name__)
    print(await f, loop.time())

asyncio.run(main())
