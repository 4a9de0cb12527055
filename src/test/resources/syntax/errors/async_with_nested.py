async def f():
    def g():
        async with a: pass
