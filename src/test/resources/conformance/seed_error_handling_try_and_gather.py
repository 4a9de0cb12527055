import asyncio

async def risky_task(name):
    await asyncio.sleep(0.5)
    if name == "bad":
        raise ValueError(f"{name} failed!")
    return f"{name} succeeded"

async def main():
    # Option 1: try/except around await
    try:
        result = await risky_task("bad")
    except ValueError as e:
        print(f"Caught: {e}")

    # Option 2: gather with return_exceptions
    results = await asyncio.gather(
        risky_task("good"),
        risky_task("bad"),
        risky_task("good2"),
        return_exceptions=True
    )

    for r in results:
        if isinstance(r, Exception):
            print(f"Failed: {r}")
        else:
            print(f"Success: {r}")

asyncio.run(main())
