import asyncio

class Mailer:
    async def send(self, to):
        print("sending to", to)

async def main():
    m = Mailer()
    m.send("bob")
    m.send("eve")
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
