# asyncio.iscoroutinefunction / iscoroutine on functions, methods, builtins and coroutine objects.
import asyncio
async def a(): pass
def b(): pass
class C:
    async def m(self): pass
    def n(self): pass
print(asyncio.iscoroutinefunction(a), asyncio.iscoroutinefunction(b), asyncio.iscoroutinefunction(C().m), asyncio.iscoroutinefunction(C().n), asyncio.iscoroutinefunction(C.m), asyncio.iscoroutinefunction(print))
c = a()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(a))
c.close()
