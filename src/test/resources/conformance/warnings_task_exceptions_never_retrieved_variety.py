import asyncio

class AppError(Exception):
    def __str__(self):
        return "custom str"

async def boom(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    ts = [
        asyncio.create_task(boom(AppError("x")), name="app"),
        asyncio.create_task(boom(KeyError("k")), name="key"),
        asyncio.create_task(boom(ExceptionGroup("eg", [ValueError(1)])), name="group"),
        asyncio.create_task(boom(ValueError()), name="empty"),
    ]
    await asyncio.sleep(1)
    print([t.done() for t in ts])

asyncio.run(main())
