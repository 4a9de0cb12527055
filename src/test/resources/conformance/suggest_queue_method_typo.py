import asyncio


async def main():
    queue = asyncio.Queue()
    queue.put_nowait(1)
    print(queue.qsize())
    queue.put_nowiat(2)

asyncio.run(main())
