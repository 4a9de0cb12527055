import asyncio
from contextlib import suppress

async def main():
    with suppress(KeyError, IndexError):
        [][1]
    print("IndexError suppressed")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(1)
    t.cancel()
    with suppress(asyncio.CancelledError):
        await t
    print("cancelled task awaited quietly:", t.cancelled())
    with suppress(ValueError):
        print("no error here")
    with suppress(TypeError):
        raise ValueError("not suppressed")

asyncio.run(main())
