import asyncio

async def main():
    cm = asyncio.timeout(1)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    cm2 = asyncio.timeout(0.5)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))
    try:
        cm2.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm2:
            pass
    except RuntimeError as e:
        print("reuse RuntimeError:", e)

asyncio.run(main())
