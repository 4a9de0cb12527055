import asyncio

async def main():
    tg = asyncio.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
