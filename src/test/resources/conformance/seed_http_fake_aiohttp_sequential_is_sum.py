import asyncio
import time


class aiohttp:
    """Offline stand-in for aiohttp: httpbin.org/delay/N answers after N seconds."""

    class Response:
        def __init__(self, url, delay):
            self.url = url
            self.delay = delay

        async def __aenter__(self):
            await asyncio.sleep(self.delay)
            return self

        async def __aexit__(self, *args):
            return False

        async def text(self):
            return "x" * (10 * self.delay)

    class ClientSession:
        async def __aenter__(self):
            return self

        async def __aexit__(self, *args):
            return False

        def get(self, url):
            return aiohttp.Response(url, int(url.rsplit("/", 1)[1]))


async def fetch_page(session, url):
    async with session.get(url) as response:
        return await response.text()

async def main():
    urls = ["https://httpbin.org/delay/1", "https://httpbin.org/delay/2", "https://httpbin.org/delay/1"]
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        pages = []
        for url in urls:
            pages.append(await fetch_page(session, url))
    print(f"sequential: {len(pages)} pages, {sum(len(p) for p in pages)} bytes in {time.perf_counter() - start:.1f}s")
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        pages = await asyncio.gather(*(fetch_page(session, u) for u in urls))
    print(f"gathered: {len(pages)} pages in {time.perf_counter() - start:.1f}s")

asyncio.run(main())
