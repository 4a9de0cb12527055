# SystemExit raised in the main task stops the loop at once; asyncio.run still cancels the other task (its
# finally runs) and the SystemExit ends the program.
import asyncio
async def other():
    try:
        await asyncio.sleep(5)
    finally:
        print("other finally")
async def main():
    asyncio.create_task(other())
    await asyncio.sleep(1)
    print("exiting")
    raise SystemExit(3)
asyncio.run(main())
print("not reached")
