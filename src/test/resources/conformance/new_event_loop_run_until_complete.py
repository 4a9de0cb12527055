import asyncio

async def work(n):
    await asyncio.sleep(n)
    return asyncio.current_task().get_name(), asyncio.get_running_loop().time()

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(1)))
t = loop.create_task(work(2), name="explicit")
print(loop.run_until_complete(t))
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(work(1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(work(0.5), debug=False))
