import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "fut")
    task = asyncio.create_task(asyncio.sleep(2, "task"), name="sleeper")
    done, pending = await asyncio.wait([fut, task], return_when=asyncio.FIRST_COMPLETED)
    print("first completed at", loop.time(), fut in done, task in pending)
    done, pending = await asyncio.wait([fut, task])
    print("all at", loop.time(), len(done), len(pending), task.result())

asyncio.run(main())
