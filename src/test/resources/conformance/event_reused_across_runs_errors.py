import asyncio

ev = asyncio.Event()

async def first():
    asyncio.get_running_loop().call_later(1, ev.set)
    await ev.wait()
    print("first run: event set at", asyncio.get_running_loop().time())

async def second():
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except RuntimeError as e:
        print("RuntimeError, bound to a different event loop:", str(e).endswith("is bound to a different event loop"))
    except TimeoutError:
        print("timed out")

asyncio.run(first())
asyncio.run(second())
