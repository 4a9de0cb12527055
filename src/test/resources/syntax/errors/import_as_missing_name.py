import asyncio as
