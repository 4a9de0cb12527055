# asyncio.timeout: nested scopes convert only their own expiry; reschedule moves the deadline; expired()
# reports what happened; timeout_at uses loop time.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(3)
            except TimeoutError:
                print("inner expired", inner.expired(), outer.expired(), loop.time())
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer expired", outer.expired(), loop.time())

    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        cm.reschedule(loop.time() + 2)
        try:
            await asyncio.sleep(1)
            print("still inside", loop.time())
        finally:
            print("when now", cm.when())
    print("not expired", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 0.25):
            while True:
                await asyncio.sleep(0.1)
    except TimeoutError:
        print("timeout_at fired", loop.time())


asyncio.run(main())
