import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (3, "c"), (2, "a")]:
        q.put_nowait(item)
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    print(out)
    q2 = asyncio.PriorityQueue()
    q2.put_nowait((1, {"x": 1}))
    try:
        q2.put_nowait((1, {"y": 2}))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
