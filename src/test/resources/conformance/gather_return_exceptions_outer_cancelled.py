import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(child(1), child(3), return_exceptions=True)
    asyncio.get_running_loop().call_later(2, g.cancel)
    try:
        print(await g)
    except asyncio.CancelledError:
        print("outer gather cancelled even with return_exceptions=True at", asyncio.get_running_loop().time())

asyncio.run(main())
