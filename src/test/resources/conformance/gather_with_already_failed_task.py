import asyncio

async def fails_fast():
    raise ValueError("failed before gather was called")

async def slow():
    await asyncio.sleep(1)
    return "slow done"

async def main():
    bad = asyncio.create_task(fails_fast())
    await asyncio.sleep(0)
    print("bad done before gather:", bad.done())
    try:
        await asyncio.gather(bad, slow())
    except ValueError as e:
        print("gather raised at", asyncio.get_running_loop().time(), e)
    print(await asyncio.gather(bad, slow(), return_exceptions=True))

asyncio.run(main())
