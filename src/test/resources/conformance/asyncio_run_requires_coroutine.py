import asyncio

async def main():
    return 1

try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" got ")[0])

async def nested():
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        c.close()

asyncio.run(nested())
