import asyncio

attempts = {"n": 0}

async def flaky_call():
    attempts["n"] += 1
    await asyncio.sleep(0.1)
    if attempts["n"] < 4:
        raise ConnectionError(f"attempt {attempts['n']} failed")
    return "success"

async def with_retries(fn, retries=5, base=0.5):
    for attempt in range(retries):
        try:
            return await fn()
        except ConnectionError as e:
            delay = base * 2 ** attempt
            print(f"{e}; retrying in {delay}s")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")

async def main():
    print(await with_retries(flaky_call), "at", asyncio.get_running_loop().time())

asyncio.run(main())
