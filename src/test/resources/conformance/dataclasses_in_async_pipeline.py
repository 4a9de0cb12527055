import asyncio
from dataclasses import dataclass

@dataclass
class Order:
    id: int
    amount: float
    status: str = "new"

async def process(order, q):
    await asyncio.sleep(order.amount / 100)
    order.status = "paid" if order.amount < 250 else "review"
    await q.put(order)

async def main():
    q = asyncio.Queue()
    orders = [Order(1, 120.0), Order(2, 300.0), Order(3, 50.5)]
    await asyncio.gather(*(process(o, q) for o in orders))
    while not q.empty():
        print(await q.get())

asyncio.run(main())
