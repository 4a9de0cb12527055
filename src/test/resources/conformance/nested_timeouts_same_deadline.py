import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner converted")
            except asyncio.CancelledError:
                print("inner re-raised CancelledError; inner expired:", inner.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError at", loop.time(), "outer expired:", outer.expired())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
