import asyncio

async def fetch(n):
    await asyncio.sleep(n)
    return n

class Client:
    async def get(self):
        return 1

async def main():
    pending = {"a": fetch(1)}
    c = Client()
    c.get()
    asyncio.sleep(1)
    asyncio.wait_for(asyncio.get_running_loop().create_future(), "never checked")
    lst = [fetch(i) for i in range(2)]
    print(len(lst), "coroutines built, none awaited")

asyncio.run(main())
