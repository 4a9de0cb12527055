import asyncio

try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def main():
    return asyncio.get_running_loop() is asyncio.get_event_loop()

print(asyncio.run(main()))
