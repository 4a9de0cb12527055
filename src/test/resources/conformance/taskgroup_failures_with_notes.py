import asyncio


async def download(name, delay):
    await asyncio.sleep(delay)
    if name.startswith("bad"):
        err = ConnectionError(f"{name} unreachable")
        err.add_note(f"after {delay}s")
        raise err
    print("downloaded", name)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(download("bad-1", 1))
        tg.create_task(download("ok", 0.5))
        tg.create_task(download("bad-2", 1))

asyncio.run(main())
