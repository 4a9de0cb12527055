# Task.cancel: a sleeping task gets CancelledError(msg) at its await; cancelling() counts requests and
# uncancel() takes them back; a task cancelled before its first step never runs its body; a task that
# swallows the CancelledError completes normally; cancelling a done task returns False.
import asyncio


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args, "at", asyncio.get_running_loop().time())
        raise
    print(name, "never here")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallows at", asyncio.get_running_loop().time())
    return "kept going"


async def never_started():
    print("never printed")


async def main():
    a = asyncio.create_task(sleeper("a"))
    b = asyncio.create_task(stubborn())
    c = asyncio.create_task(never_started())
    await asyncio.sleep(1)
    print(a.cancel("stop"), a.cancel(), a.cancelling())
    print(b.cancel(), b.cancelling(), b.uncancel(), b.cancelling())
    print(c.cancel())
    await asyncio.sleep(0)
    print(a.cancelled(), b.done(), c.cancelled())
    await asyncio.sleep(0)
    print(a.cancelled(), b.result(), c.cancelled(), a.cancel())
    try:
        a.result()
    except asyncio.CancelledError as e:
        print("result raised", e.args)


asyncio.run(main())
