import asyncio

async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("stubborn refuses at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
        return "finished anyway"

async def main():
    global t
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(1)

asyncio.run(main())
print(t.done(), t.cancelled(), t.result())
