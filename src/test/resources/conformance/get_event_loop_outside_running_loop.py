import asyncio

async def main():
    return asyncio.get_running_loop().time()

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
