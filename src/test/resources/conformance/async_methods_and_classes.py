import asyncio

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = asyncio.Lock()

    async def deposit(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.1)
            self.balance = current + amount

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

async def main():
    acct = Account("ann")
    await asyncio.gather(*(acct.deposit(10) for _ in range(5)))
    print(acct, asyncio.get_running_loop().time())

asyncio.run(main())
