import asyncio

def on_done(t):
    print("callback:", t.get_name(), "cancelled" if t.cancelled() else t.result(), "task:", asyncio.current_task())

async def background(name, cleanup):
    try:
        await asyncio.sleep(100)
    finally:
        print(name, "finally at", asyncio.get_running_loop().time(), "in", asyncio.current_task().get_name())
        if cleanup:
            await asyncio.sleep(cleanup)
            print(name, "cleanup done at", asyncio.get_running_loop().time())

async def main():
    t = asyncio.create_task(background("bg", 2), name="bg")
    t.add_done_callback(on_done)
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
print("total", t.cancelled() if False else "ok")
