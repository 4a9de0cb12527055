import asyncio


async def bystander():
    try:
        await asyncio.sleep(5)
    finally:
        print("bystander cleaned up at", asyncio.get_running_loop().time())


async def quitter():
    await asyncio.sleep(1)
    raise SystemExit(3)


async def main():
    asyncio.create_task(bystander())
    # SystemExit is not an Exception: return_exceptions does not hold it, it leaves the loop at once and
    # asyncio.run cancels what is left before re-raising it.
    await asyncio.gather(quitter(), return_exceptions=True)
    print("never printed")


try:
    asyncio.run(main())
except SystemExit as e:
    print("exit code", e.code, SystemExit().code, SystemExit(1, 2).code)
