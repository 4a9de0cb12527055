import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0.1)
    return {"id": uid}


async def main():
    users = await asyncio.gather(*(fetch_usr(i) for i in range(3)))
    print(users)

asyncio.run(main())
