import asyncio

# A coroutine function (async def)
async def say_hello():
    print("Hello")
    await asyncio.sleep(1)  # Yield control for 1 second
    print("World")

# Coroutine object (calling async function)
coro = say_hello()  # Returns coroutine, doesn't run it

# Run the coroutine
asyncio.run(say_hello())  # Python 3.7+
