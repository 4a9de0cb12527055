import asyncio

async def fetch(url, delay):
    print(f"Fetching {url}")
    await asyncio.sleep(delay)
    return f"Data from {url}"

async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(fetch("api/users", 2))
        task2 = tg.create_task(fetch("api/posts", 1))
        task3 = tg.create_task(fetch("api/comments", 3))

    # All tasks complete when exiting the context
    print(task1.result(), task2.result(), task3.result())

asyncio.run(main())
