import asyncio

class PaymentError(Exception):
    pass

async def charge(amount):
    await asyncio.sleep(1)
    if amount > 100:
        raise PaymentError(f"amount {amount} over limit")
    return amount

async def main():
    print(await charge(50))
    print(await charge(500))

asyncio.run(main())
