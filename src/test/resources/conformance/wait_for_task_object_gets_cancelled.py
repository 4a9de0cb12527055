import asyncio

async def job():
    try:
        await asyncio.sleep(3)
    finally:
        print("job finally, cancelled:", asyncio.current_task().cancelling() > 0)

async def main():
    t = asyncio.create_task(job())
    try:
        await asyncio.wait_for(t, timeout=1)
    except TimeoutError:
        print("timed out; task cancelled?", t.cancelled())

asyncio.run(main())
