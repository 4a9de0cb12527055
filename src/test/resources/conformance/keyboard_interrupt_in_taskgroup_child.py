import asyncio

async def interrupter():
    await asyncio.sleep(1)
    raise KeyboardInterrupt

async def sibling():
    try:
        await asyncio.sleep(10)
    finally:
        print("sibling finally at", asyncio.get_running_loop().time())

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(interrupter())
        tg.create_task(sibling())

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped asyncio.run")
