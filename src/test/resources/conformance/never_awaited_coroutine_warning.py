import asyncio

async def notify(user):
    print(f"notifying {user}")

async def main():
    notify("ada")          # forgot await: nothing runs, a warning is reported
    await notify("grace")
    print("main done")

asyncio.run(main())
