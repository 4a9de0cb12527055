import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(str(e)), type(e).__mro__[1].__name__)
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)))
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(q.maxsize, asyncio.Queue().maxsize, asyncio.Queue(-3).full())

asyncio.run(main())
