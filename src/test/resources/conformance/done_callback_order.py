import asyncio

def make_cb(label):
    def cb(fut):
        print(f"callback {label}: result={fut.result()}")
    return cb

async def job():
    await asyncio.sleep(1)
    return "value"

async def main():
    t = asyncio.create_task(job())
    for label in ("first", "second", "third"):
        t.add_done_callback(make_cb(label))
    r = await t
    print("main resumed with", r)
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
