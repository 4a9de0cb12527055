import asyncio

async def job():
    print("job runs, cancelling():", asyncio.current_task().cancelling())
    await asyncio.sleep(1)
    return "completed"

async def main():
    t = asyncio.create_task(job())
    t.cancel()
    print("after cancel:", t.cancelling())
    print("uncancel ->", t.uncancel())
    try:
        print(await t)
    except asyncio.CancelledError:
        print("still cancelled: uncancel() does not withdraw the request")

asyncio.run(main())
