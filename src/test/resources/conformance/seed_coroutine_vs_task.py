import asyncio

async def fetch_data(name, delay):
    print(f"{name}: Starting")
    await asyncio.sleep(delay)
    print(f"{name}: Done")
    return f"Result from {name}"

async def main():
    # Coroutine - suspended until awaited
    coro = fetch_data("Coro", 1)

    # Task - scheduled to run immediately
    task = asyncio.create_task(fetch_data("Task", 1))

    # Both complete
    result1 = await coro
    result2 = await task

    print(result1, result2)

asyncio.run(main())
