import asyncio

async def careless():
    try:
        await asyncio.sleep(5)
    except Exception:
        print("except Exception does not catch cancellation")
    finally:
        print("finally still runs")

async def main():
    print(isinstance(asyncio.CancelledError(), BaseException), isinstance(asyncio.CancelledError(), Exception))
    t = asyncio.create_task(careless())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

asyncio.run(main())
