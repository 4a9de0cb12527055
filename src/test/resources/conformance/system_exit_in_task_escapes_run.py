import asyncio

# asyncio.run's shutdown cancels main and other in set (address) order: collect their cleanups, print them sorted.
cleanups = []

async def quitter():
    await asyncio.sleep(1)
    raise SystemExit(3)

async def other():
    try:
        await asyncio.sleep(10)
    finally:
        cleanups.append(f"other cleaned up at {asyncio.get_running_loop().time()}")

async def main():
    asyncio.create_task(other())
    t = asyncio.create_task(quitter())
    try:
        await asyncio.sleep(5)
    finally:
        cleanups.append(f"main finally at {asyncio.get_running_loop().time()}")

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit escaped asyncio.run:", e.code)
    for line in sorted(cleanups):
        print(line)
print("program continues")
