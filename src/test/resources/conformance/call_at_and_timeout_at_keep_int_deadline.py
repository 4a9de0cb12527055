import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_at(2, print, "fired")
    print(h.when(), type(h.when()).__name__)
    h2 = loop.call_later(1, print, "later")
    print(h2.when(), type(h2.when()).__name__)
    async with asyncio.timeout_at(5) as cm:
        print(cm.when(), type(cm.when()).__name__)
        cm.reschedule(6)
        print(cm.when())
        await asyncio.sleep(3)
    print("time", loop.time())
    print(repr(cm))

asyncio.run(main())
