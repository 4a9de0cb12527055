import asyncio
import random

random.seed(11)

async def stage(name, cond, buf, ev, barrier, log):
    idx = await barrier.wait()
    log.append(f"{name} start {idx} {asyncio.get_running_loop().time()}")
    for k in range(3):
        async with cond:
            await cond.wait_for(lambda: len(buf) > 0 or ev.is_set())
            if buf:
                item = buf.pop(0)
                log.append(f"{name} took {item} {asyncio.get_running_loop().time()}")
            else:
                log.append(f"{name} saw stop")
                return
        await asyncio.sleep(random.random())

async def feeder(cond, buf, ev):
    for i in range(7):
        await asyncio.sleep(random.choice([0.2, 0.4, 0.6]))
        async with cond:
            buf.append(i)
            cond.notify()
    await asyncio.sleep(1)
    ev.set()
    async with cond:
        cond.notify_all()

async def main():
    cond = asyncio.Condition()
    ev = asyncio.Event()
    barrier = asyncio.Barrier(4)
    buf, log = [], []
    ts = [asyncio.create_task(stage(n, cond, buf, ev, barrier, log)) for n in "ABC"]
    await asyncio.sleep(0.5)
    await barrier.wait()
    await feeder(cond, buf, ev)
    await asyncio.gather(*ts)
    for line in log:
        print(line)
    print("end", round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
