from asyncio import (sleep, run,)
from asyncio import sleep,
