import asyncio

async def fragile():
    await asyncio.sleep(1)
    raise ValueError("inner broke")

async def main():
    try:
        await asyncio.shield(fragile())
    except ValueError as e:
        print("shield passes the inner exception through:", e)

asyncio.run(main())
