import asyncio

async def ticker(loop):
    for i in range(3):
        print("tick", i, loop.time())
        await asyncio.sleep(1)
    loop.stop()
    print("stop requested at", loop.time())

def later(loop):
    print("callback at", loop.time(), loop.is_running())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.set_debug(False)
task = loop.create_task(ticker(loop))
loop.call_soon_threadsafe(later, loop)
loop.call_later(1.5, later, loop)
loop.run_forever()
print("run_forever returned; running:", loop.is_running(), "task done:", task.done())
loop.run_until_complete(asyncio.sleep(0.5))
print(isinstance(loop.call_soon(print, "x"), asyncio.Handle), isinstance(loop.call_later(1, print), asyncio.TimerHandle))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
