import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # The loop that is running cannot be run again from inside ...
    pending = asyncio.sleep(0.5, result="awaited normally")
    try:
        loop.run_until_complete(pending)
    except RuntimeError as e:
        print("same loop:", e)
    print(await pending, loop.time())
    # ... and no other loop can run while it does (the coroutine is never awaited: no task was made for it).
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(asyncio.sleep(0, result=1))
    except RuntimeError as e:
        print("other loop:", e)
    other.close()
    print("tasks so far:", asyncio.current_task().get_name())


asyncio.run(main())
