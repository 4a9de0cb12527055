import asyncio


class aiohttp:
    """Offline stand-in for aiohttp: httpbin.org/delay/N answers after N seconds."""

    class Response:
        def __init__(self, url, delay):
            self.url = url
            self.delay = delay
            self.status = 200

        async def __aenter__(self):
            await asyncio.sleep(self.delay)
            return self

        async def __aexit__(self, *args):
            return False

        async def text(self):
            return f'{{"url": "{self.url}", "delay": {self.delay}}}'

    class ClientSession:
        async def __aenter__(self):
            return self

        async def __aexit__(self, *args):
            return False

        def get(self, url):
            delay = int(url.rsplit("/", 1)[1]) if "/delay/" in url else 0
            return aiohttp.Response(url, delay)


async def fetch_page(session, url):
    async with session.get(url) as response:
        return await response.text()

async def main():
    urls = [
        "https://httpbin.org/delay/1",
        "https://httpbin.org/delay/2",
        "https://httpbin.org/delay/1"
    ]

    async with aiohttp.ClientSession() as session:
        tasks = [fetch_page(session, url) for url in urls]
        pages = await asyncio.gather(*tasks)

    # Total time: ~2 seconds (max delay, not sum)
    print(f"Fetched {len(pages)} pages")
    print(pages[1])

asyncio.run(main())
