async def f():
    g = lambda: [await x for x in y]
