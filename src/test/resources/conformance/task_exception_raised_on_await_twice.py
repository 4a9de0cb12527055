import asyncio

async def fails():
    await asyncio.sleep(0.5)
    raise ArithmeticError("overflowed")

async def main():
    t = asyncio.create_task(fails())
    for attempt in range(2):
        try:
            await t
        except ArithmeticError as e:
            print("attempt", attempt, "got", repr(e))

asyncio.run(main())
