import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    f.set_exception(KeyError)
    print("class instantiated:", repr(f.exception()))
    g = loop.create_future()
    g.set_result(1)
    for action in (lambda: g.set_result(2), lambda: g.set_exception(ValueError()), lambda: g.cancel()):
        try:
            r = action()
            print("returned", r)
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    h = loop.create_future()
    h.cancel("why")
    try:
        h.exception()
    except asyncio.CancelledError as e:
        print("exception() on cancelled:", e.args)
    try:
        await h
    except asyncio.CancelledError as e:
        print("await cancelled future:", e.args)

asyncio.run(main())
