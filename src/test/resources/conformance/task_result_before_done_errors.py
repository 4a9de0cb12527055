import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(1, result="r"))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await t, t.result(), t.exception(), t.done())

asyncio.run(main())
