import asyncio

saved = {}

async def first():
    loop = asyncio.get_running_loop()
    saved["fut"] = loop.create_future()
    saved["q"] = asyncio.Queue()
    await saved["q"].put(1)
    saved["lock"] = asyncio.Lock()
    async with saved["lock"]:
        pass
    saved["sem"] = asyncio.Semaphore(0)
    saved["sem"].release()
    return "first"

async def second():
    async def waiter():
        try:
            await saved["fut"]
        except RuntimeError as e:
            print("future:", e)
    asyncio.create_task(waiter(), name="waiter")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    q = saved["q"]
    print("queue get_nowait still works:", q.get_nowait())
    try:
        await asyncio.wait_for(q.get(), 1)
    except TimeoutError:
        print("an unbound queue binds to the new loop and just waits")
    sem = saved["sem"]
    await sem.acquire()
    print("semaphore with a permit acquires at once")
    lock = saved["lock"]
    await lock.acquire()
    print("free lock acquires without the loop check:", lock.locked())
    lock.release()

print(asyncio.run(first()))
asyncio.run(second())
