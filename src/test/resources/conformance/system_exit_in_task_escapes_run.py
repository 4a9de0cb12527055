import asyncio

async def quitter():
    await asyncio.sleep(1)
    raise SystemExit(3)

async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print("other cleaned up at", asyncio.get_running_loop().time())

async def main():
    asyncio.create_task(other())
    t = asyncio.create_task(quitter())
    try:
        await asyncio.sleep(5)
    finally:
        print("main finally at", asyncio.get_running_loop().time())

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit escaped asyncio.run:", e.code)
print("program continues")
