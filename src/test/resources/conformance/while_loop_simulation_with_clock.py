import asyncio
import time

async def sensor(readings):
    value = 20.0
    while time.monotonic() < 3:
        await asyncio.sleep(0.75)
        value += 0.5
        readings.append((round(time.monotonic(), 2), value))

async def main():
    readings = []
    await sensor(readings)
    for t, v in readings:
        print(f"t={t:<5} value={v:.1f}")

asyncio.run(main())
