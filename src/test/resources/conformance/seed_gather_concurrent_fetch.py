import asyncio

async def fetch(url, delay):
    print(f"Fetching {url}")
    await asyncio.sleep(delay)
    return f"Data from {url}"

async def main():
    # All run concurrently, not sequentially
    results = await asyncio.gather(
        fetch("api/users", 2),
        fetch("api/posts", 1),
        fetch("api/comments", 3)
    )
    # Total time: ~3 seconds (not 6)
    print(results)

asyncio.run(main())
