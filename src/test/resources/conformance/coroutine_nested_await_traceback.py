import asyncio


async def read_row(n):
    await asyncio.sleep(0.5)
    if n == 3:
        raise IndexError(f"row {n} out of range")
    return n


async def read_table():
    rows = []
    for n in range(5):
        rows.append(await read_row(n))
    return rows


async def main():
    print(await read_table())

asyncio.run(main())
