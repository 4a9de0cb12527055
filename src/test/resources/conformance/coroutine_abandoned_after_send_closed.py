import asyncio

class Tick:
    def __await__(self):
        yield "tick"

async def worker():
    try:
        print("worker starts")
        await Tick()
        print("never resumed")
    except GeneratorExit:
        print("worker got GeneratorExit")
        raise
    finally:
        print("worker finally")

def drive():
    coro = worker()
    print("yielded", coro.send(None))
    print("drive returns")

drive()
print("after drive")
