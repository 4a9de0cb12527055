# Coroutines made by asyncio itself are reported like the program's own when nobody awaits them: sleep,
# Queue.get, Lock.acquire, Event.wait, to_thread. (Not wait_for(coro()): the runner's warning capture keeps
# the outer coroutine alive, so CPython's warning for the inner one is lost there.)
import asyncio


async def main():
    asyncio.sleep(1)
    asyncio.Queue().get()
    asyncio.Lock().acquire()
    asyncio.Event().wait()
    asyncio.to_thread(print, "never")
    print("done")


asyncio.run(main())
