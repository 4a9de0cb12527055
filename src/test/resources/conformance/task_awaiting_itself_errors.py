import asyncio

async def narcissist():
    try:
        await asyncio.current_task()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "recovered"

async def main():
    t = asyncio.create_task(narcissist(), name="self-awaiter")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.done(), t.result())

asyncio.run(main())
