import asyncio

def report(t):
    state = "cancelled" if t.cancelled() else ("failed" if t.exception() else "ok")
    print(t.get_name(), state)

async def main():
    tasks = [
        asyncio.create_task(asyncio.sleep(1), name="ok-task"),
        asyncio.create_task(asyncio.sleep(5), name="cancel-task"),
    ]
    for t in tasks:
        t.add_done_callback(report)
    await asyncio.sleep(2)
    tasks[1].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
