import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    for i in range(6):
        loop.call_later(2 if i % 2 else 1, print, "timer", i)
    loop.call_later(2, done.set_result, None)
    await done
    print("end", loop.time())

asyncio.run(main())
