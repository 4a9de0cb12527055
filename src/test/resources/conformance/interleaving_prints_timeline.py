import asyncio

async def chatty(name, delays):
    for d in delays:
        print(f"{name} before sleep({d})")
        await asyncio.sleep(d)
    print(f"{name} finished")

async def main():
    await asyncio.gather(chatty("A", [1, 1, 1]), chatty("B", [0.5, 2]), chatty("C", [0, 0, 3]))

asyncio.run(main())
