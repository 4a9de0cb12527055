import asyncio

async def background():
    try:
        print("background started")
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("background cancelled by asyncio.run at", asyncio.get_running_loop().time())
        raise
    finally:
        print("background finally")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main returns while background still sleeps")

asyncio.run(main())
print("after asyncio.run")
