import asyncio
import time

def crunch(n):
    time.sleep(1)
    return sum(range(n))

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, crunch, 100)
    print("submitted, done?", fut.done())
    print("result", await fut, "at", loop.time())

asyncio.run(main())
