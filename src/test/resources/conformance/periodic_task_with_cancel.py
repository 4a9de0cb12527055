import asyncio

async def heartbeat(interval):
    n = 0
    try:
        while True:
            await asyncio.sleep(interval)
            n += 1
            print(f"beat {n} at {asyncio.get_running_loop().time()}")
    finally:
        print(f"heartbeat stopped after {n} beats")

async def main():
    hb = asyncio.create_task(heartbeat(0.75))
    await asyncio.sleep(3)
    hb.cancel()
    try:
        await hb
    except asyncio.CancelledError:
        pass
    print("main exits")

asyncio.run(main())
