import asyncio

async def hello(n):
    await asyncio.sleep(n)
    return f"hello {n}"

runner = asyncio.Runner()
print(runner.run(hello(1)))
loop = runner.get_loop()
print(loop.is_closed())
try:
    runner.run(42)
except ValueError as e:
    print("ValueError:", e)
async def nested():
    c = hello(0)
    try:
        runner.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
print(runner.run(nested()))
runner.close()
print(loop.is_closed())
try:
    runner.run(hello(0))
except RuntimeError as e:
    print("RuntimeError:", e)
runner.close()
with asyncio.Runner() as r2:
    print(r2.run(hello(0.5)), r2.get_loop().time())
