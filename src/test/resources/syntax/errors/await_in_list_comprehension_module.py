async def f():
    return [x async for x in y]
x = [await z for z in w]
