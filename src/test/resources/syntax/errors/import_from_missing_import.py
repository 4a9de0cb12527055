from asyncio sleep
