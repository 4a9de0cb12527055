import asyncio
import time

def flaky():
    time.sleep(0.5)
    raise OSError("disk on fire")

async def main():
    try:
        await asyncio.to_thread(flaky)
    except OSError as e:
        print("caught", repr(e), "at", asyncio.get_running_loop().time())

asyncio.run(main())
