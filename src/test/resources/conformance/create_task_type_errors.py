import asyncio

async def work():
    return 1

async def main():
    for bad in (1, None, "text"):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("sleep TypeError:", e)
    try:
        await 5
    except TypeError as e:
        print("await TypeError:", e)

asyncio.run(main())
