"""Scenarios about the loop and the language around it: callbacks, futures, blocking calls and threads, async
generators, async context managers, exception chains, and small API-edge probes.

A mixin of asyncio_program_generator.Generator: each ``scenario_*`` method writes the body of one ``async def sK()``
through ``self.out`` (see that module for the rules every scenario keeps)."""


class MiscScenarios:
    """Scenario methods; they use Generator's random helpers (delay, chance, task_name) and self.out."""

    def scenario_callbacks(self, p, may_escape):
        o = self.out
        self.worker(p)
        o.add("loop = asyncio.get_running_loop()")
        with o.block("def cb(tag):"):
            o.add(f'print("{p} cb", tag, loop.time())')
        o.add('loop.call_soon(cb, "soon")')
        o.add(f'loop.call_later({self.delay()}, cb, "later")')
        if self.chance(0.5):
            o.add(f'h = loop.call_later({self.delay()}, cb, "cancelled")', "h.cancel()")
        o.add(f'loop.call_at(loop.time() + {self.delay()}, cb, "at")')
        o.add(f"t = asyncio.create_task(work(0, {self.delay()}, {self.chance(0.3)}){self.task_name(p, 't')})")
        with o.block("def on_done(f):"):
            o.add(f'print("{p} done callback", f.get_name(), f.cancelled(), repr(f.exception()) if not f.cancelled() else None)')
        o.add("t.add_done_callback(on_done)")
        if self.chance(0.4):
            o.add(f't.add_done_callback(lambda f: print("{p} second callback", f.done()))')
        if self.chance(0.3):
            o.add("t.remove_done_callback(on_done)")
        o.add("fut = loop.create_future()")
        o.add(f"loop.call_later({self.delay()}, fut.set_result, 42)")
        o.add(f'log("{p} future", await fut)')
        o.add(f"await asyncio.sleep({self.delay() + 2})")
        with o.block("try:"):
            o.add(f'log("{p} task", await t)')
        with o.block("except (ValueError, AppError) as e:"):
            o.add(f'log("{p} task failed", repr(e))')

    def scenario_future(self, p, may_escape):
        o = self.out
        o.add("loop = asyncio.get_running_loop()", "fut = loop.create_future()")
        o.add(f'fut.add_done_callback(lambda f: print("{p} fut callback", f.cancelled()))')
        with o.block("try:"):
            o.add("fut.result()")
        with o.block("except asyncio.InvalidStateError as e:"):
            o.add(f'print("{p} not ready", e)')
        action = self.rng.choice(("result", "exception", "cancel", "cancel_msg"))
        setter = {"result": "fut.set_result", "exception": "fut.set_exception",
                  "cancel": "fut.cancel", "cancel_msg": "fut.cancel"}[action]
        arg = {"result": ", 7", "exception": f', AppError("{p} future failed")', "cancel": "", "cancel_msg": ', "why"'}
        o.add(f"loop.call_later({self.delay()}, {setter}{arg[action]})")
        with o.block("try:"):
            o.add(f'log("{p} future gave", await fut)')
        with o.block("except AppError as e:"):
            o.add(f'log("{p} future raised", repr(e), repr(fut.exception()))')
        with o.block("except asyncio.CancelledError as e:"):
            o.add(f'log("{p} future cancelled", e.args, fut.cancelled())')
        with o.block("try:"):
            o.add("fut.set_result(1)")
        with o.block("except asyncio.InvalidStateError as e:"):
            o.add(f'print("{p} already done", e)')
        o.add(f'print("{p} sleep result", await asyncio.sleep({self.delay()}, result="{p}-r"))')
        o.add(f"ef = asyncio.ensure_future(asyncio.sleep({self.delay()}, result=5))")
        o.add(f'log("{p} ensure_future", type(ef).__name__, await ef)')

    def scenario_blocking(self, p, may_escape):
        o = self.out
        with o.block("async def blocker(d):"):
            o.add(f'log("{p} block", d)', "time.sleep(d)", f'log("{p} unblock")')
        with o.block("async def ticker(n):"):
            with o.block("for i in range(n):"):
                o.add(f'log("{p} tick", i)', f"await asyncio.sleep({self.delay()})")
        o.add("start = time.monotonic()")
        o.add(f"await asyncio.gather(ticker({self.rng.randint(1, 3)}), blocker({self.delay()}), "
              f"ticker({self.rng.randint(1, 2)}))")
        o.add(f'print("{p} elapsed", time.monotonic() - start, time.time() >= start)')

    def scenario_thread(self, p, may_escape):
        o = self.out
        with o.block("def blocking(d, tag):"):
            o.add("time.sleep(d)", f'print("{p} thread", tag, time.monotonic())')
            if self.chance(0.2):
                with o.block('if tag == "b":'):
                    o.add(f'raise AppError("{p} thread failed")')
            o.add("return tag * 2")
        with o.block("async def ticker():"):
            with o.block("for i in range(3):"):
                o.add(f'log("{p} tick", i)', f"await asyncio.sleep({self.delay()})")
        o.add("loop = asyncio.get_running_loop()")
        parts = [f'asyncio.to_thread(blocking, {self.delay()}, "a")', "ticker()"]
        if self.chance(0.5):
            parts.append(f'loop.run_in_executor(None, blocking, {self.delay()}, "b")')
        else:
            parts.append(f'asyncio.to_thread(blocking, {self.delay()}, "b")')
        self.rng.shuffle(parts)
        o.add(f'print("{p} threads", await asyncio.gather({", ".join(parts)}, return_exceptions=True))')

    def scenario_async_generator(self, p, may_escape):
        o = self.out
        with o.block("async def ticks(n, d):"):
            with o.block("try:"):
                with o.block("for i in range(n):"):
                    o.add("await asyncio.sleep(d)", f'log("{p} yield", i)', "yield i")
            with o.block("finally:"):
                o.add(f'log("{p} generator finally")')
        n = self.rng.randint(0, 3)
        with o.block(f"async for x in ticks({n}, {self.delay()}):"):
            o.add(f'log("{p} got", x)')
        o.add(f"xs = [x * 2 async for x in ticks({self.rng.randint(0, 3)}, {self.delay()})]")
        o.add(f'print("{p} comprehension", xs)')
        if self.chance(0.5):
            o.add(f"g = ticks(2, {self.delay()})")
            o.add(f'log("{p} anext", await g.__anext__(), await anext(g))')
            with o.block("try:"):
                o.add("await anext(g)")
            with o.block("except StopAsyncIteration:"):
                o.add(f'log("{p} exhausted")')

    def scenario_agen_methods(self, p, may_escape):
        o = self.out
        with o.block("async def echo():"):
            o.add("received = None")
            with o.block("try:"):
                with o.block("while True:"):
                    with o.block("try:"):
                        o.add("received = yield received")
                        o.add(f"await asyncio.sleep({self.delay()})")
                    with o.block("except KeyError as e:"):
                        o.add(f'log("{p} echo caught", e)')
                        o.add('received = "recovered"')
            with o.block("finally:"):
                o.add(f'log("{p} echo closing")')
        o.add("g = echo()")
        o.add(f'log("{p} first", await g.asend(None))')
        o.add(f'log("{p} sent", await g.asend("hello"))')
        o.add(f'log("{p} threw", await g.athrow(KeyError("boom")))')
        o.add("await g.aclose()")
        with o.block("try:"):
            o.add('await g.asend("again")')
        with o.block("except StopAsyncIteration:"):
            o.add(f'log("{p} closed generator stops")')

    def scenario_context_manager(self, p, may_escape):
        o = self.out
        suppress = self.chance(0.4)
        with o.block("class Resource:"):
            with o.block("def __init__(self, name):"):
                o.add("self.name = name")
            with o.block("async def __aenter__(self):"):
                o.add(f'log("{p} enter", self.name)', f"await asyncio.sleep({self.delay()})", "return self")
            with o.block("async def __aexit__(self, et, e, tb):"):
                o.add(f'log("{p} exit", self.name, et.__name__ if et else None)',
                      f"await asyncio.sleep({self.delay()})", f"return {suppress}")
        o.add("@contextlib.asynccontextmanager")
        with o.block("async def opened(name):"):
            o.add(f'log("{p} open", name)')
            with o.block("try:"):
                o.add(f"await asyncio.sleep({self.delay()})", "yield name.upper()")
            with o.block("finally:"):
                o.add(f'log("{p} close", name)')
        raise_inside = self.chance(0.4)
        escape = may_escape and raise_inside and not suppress and self.chance(0.4)
        if not escape:
            o.add("try:")
            o.depth += 1
        with o.block('async with Resource("a") as r, opened("b") as b:'):
            o.add(f'log("{p} inside", r.name, b)', f"await asyncio.sleep({self.delay()})")
            if raise_inside:
                o.add(f'raise AppError("{p} inside failed")')
        o.add(f'log("{p} after with")')
        if not escape:
            o.depth -= 1
            with o.block("except AppError as e:"):
                o.add(f'log("{p} caught", e)')
        with o.block("with contextlib.suppress(KeyError):"):
            o.add(f'raise KeyError("{p}")')
        o.add(f'log("{p} suppressed")')

    def scenario_exception_chain(self, p, may_escape):
        o = self.out
        with o.block("async def inner(d):"):
            o.add(f"await asyncio.sleep(d)", f'raise KeyError("{p} inner")')
        with o.block("async def middle(d):"):
            with o.block("try:"):
                o.add("await inner(d)")
            with o.block("except KeyError as e:"):
                o.add(f'raise AppError("{p} middle") from e' if self.chance(0.6)
                      else f'raise AppError("{p} middle")')
        o.add(f"t = asyncio.create_task(middle({self.delay()}){self.task_name(p, 'm')})")
        if may_escape and self.chance(0.5):
            o.add("await t")
            return
        with o.block("try:"):
            o.add("await t")
        with o.block("except AppError as e:"):
            o.add(f'log("{p} caught", repr(e), repr(e.__cause__), repr(e.__context__))')

    PROBES = (
        # (name, lines) -- small API edges, {p} is the scenario prefix, {d} a random delay
        ("self_cancel", [
            "me = asyncio.current_task()",
            "me.cancel('{p} self')",
            "try:",
            "    await asyncio.sleep({d})",
            "except asyncio.CancelledError as e:",
            "    log('{p} self-cancelled', e.args, me.cancelling(), me.uncancel(), me.cancelling())",
        ]),
        ("empty_gather", [
            "log('{p} empty gather', await asyncio.gather())",
        ]),
        ("negative_sleep", [
            "await asyncio.sleep(-1)",
            "log('{p} negative sleep')",
        ]),
        ("wait_for_none", [
            "log('{p} wait_for None', await asyncio.wait_for(asyncio.sleep({d}, result='x'), None))",
        ]),
        ("reawait", [
            "c = asyncio.sleep({d})",
            "await c",
            "try:",
            "    await c",
            "except RuntimeError as e:",
            "    log('{p} reawait', e)",
        ]),
        ("nested_run", [
            "c = asyncio.sleep(0)",
            "try:",
            "    asyncio.run(c)",
            "except RuntimeError as e:",
            "    log('{p} nested run', e)",
            "await c",
        ]),
        ("custom_awaitable", [
            "class Pause:",
            "    def __init__(self, d):",
            "        self.d = d",
            "    def __await__(self):",
            "        yield from asyncio.sleep(self.d).__await__()",
            "        return self.d * 2",
            "log('{p} custom awaitable', await Pause({d}))",
        ]),
        ("shield_coroutine", [
            "async def inner():",
            "    await asyncio.sleep({d})",
            "    log('{p} shielded inner done')",
            "    return 'inner'",
            "s = asyncio.shield(inner())",
            "s.cancel()",
            "try:",
            "    await s",
            "except asyncio.CancelledError:",
            "    log('{p} shield outer cancelled', s.cancelled())",
            "await asyncio.sleep({d} + 0.01)",
        ]),
        ("timeout_swallowed", [
            "async with asyncio.timeout({d}) as cm:",
            "    try:",
            "        await asyncio.sleep({d} + 1)",
            "    except asyncio.CancelledError:",
            "        log('{p} swallowed inside timeout')",
            "log('{p} timeout swallowed', cm.expired())",
        ]),
        ("aexit_raises", [
            "class Bad:",
            "    async def __aenter__(self):",
            "        return self",
            "    async def __aexit__(self, *exc):",
            "        await asyncio.sleep({d})",
            "        raise KeyError('{p} aexit')",
            "try:",
            "    async with Bad():",
            "        raise ValueError('{p} body')",
            "except KeyError as e:",
            "    log('{p} aexit raised', repr(e), repr(e.__context__))",
        ]),
        ("barrier", [
            "barrier = asyncio.Barrier(2)",
            "async def party(i, d):",
            "    await asyncio.sleep(d)",
            "    pos = await barrier.wait()",
            "    log('{p} passed barrier', i, pos)",
            "await asyncio.gather(party(0, {d}), party(1, 0.5))",
            "log('{p} barrier state', barrier.n_waiting, barrier.broken)",
        ]),
        ("runner_in_thread", [
            "def compute(n):",
            "    time.sleep(n)",
            "    return n + 1",
            "loop = asyncio.get_running_loop()",
            "f1 = loop.run_in_executor(None, compute, {d})",
            "f2 = asyncio.to_thread(compute, 0.5)",
            "log('{p} executor', await f1, await f2)",
        ]),
        ("done_callbacks_order", [
            "async def quick(i):",
            "    await asyncio.sleep({d})",
            "    return i",
            "ts = [asyncio.create_task(quick(i)) for i in range(3)]",
            "for t in ts:",
            "    t.add_done_callback(lambda f: print('{p} cb', f.result(), f.get_name()))",
            "await asyncio.wait(ts)",
            "await asyncio.sleep(0)",
        ]),
        ("queue_full", [
            "q = asyncio.Queue(1)",
            "q.put_nowait('a')",
            "try:",
            "    q.put_nowait('b')",
            "except asyncio.QueueFull:",
            "    log('{p} full', q.full(), q.qsize(), q.maxsize)",
            "putter = asyncio.create_task(q.put('c'))",
            "await asyncio.sleep({d})",
            "log('{p} get', await q.get(), putter.done())",
            "await asyncio.sleep(0)",
            "log('{p} get', q.get_nowait(), putter.done())",
        ]),
        ("lock_handoff_cancel", [
            "lock = asyncio.Lock()",
            "async def holder(i, d):",
            "    async with lock:",
            "        log('{p} lock', i)",
            "        await asyncio.sleep(d)",
            "ts = [asyncio.create_task(holder(i, {d})) for i in range(3)]",
            "await asyncio.sleep(0)",
            "await asyncio.sleep({d})",
            "ts[1].cancel()",
            "log('{p} lock result', await asyncio.gather(*ts, return_exceptions=True))",
        ]),
        ("eg_repr", [
            "try:",
            "    async with asyncio.TaskGroup() as tg:",
            "        tg.create_task(asyncio.sleep({d}))",
            "        raise KeyError('{p}')",
            "except* KeyError as eg:",
            "    log('{p} eg', repr(eg), str(eg), len(eg.exceptions))",
        ]),
        ("runner_class", [
            "def sync_part():",
            "    with asyncio.Runner() as runner:",
            "        return runner.run(asyncio.sleep(0, result='runner'))",
            "try:",
            "    sync_part()",
            "except RuntimeError as e:",
            "    log('{p} runner in loop', e)",
        ]),
        ("task_repr", [
            "async def job(d):",
            "    await asyncio.sleep(d)",
            "    return d",
            "t = asyncio.create_task(job({d}))",
            "print('{p}', repr(t))",
            "await asyncio.sleep(0)",
            "print('{p}', repr(t))",
            "await t",
            "print('{p}', repr(t))",
            "c = asyncio.create_task(job(1), name='{p}-c')",
            "c.cancel()",
            "print('{p}', repr(c))",
            "await asyncio.sleep(0)",
            "print('{p}', repr(c))",
            "f = asyncio.get_running_loop().create_future()",
            "print('{p}', repr(f))",
            "f.set_exception(AppError('{p}'))",
            "print('{p}', repr(f), repr(f.exception()))",
        ]),
        ("error_messages", [
            "for attempt in (lambda: asyncio.wait([]), lambda: asyncio.Lock().release(),",
            "                lambda: asyncio.Queue().task_done(), lambda: asyncio.Semaphore(-1),",
            "                lambda: asyncio.BoundedSemaphore(1).release()):",
            "    try:",
            "        r = attempt()",
            "        if asyncio.iscoroutine(r):",
            "            await r",
            "    except (ValueError, RuntimeError, TypeError) as e:",
            "        print('{p} error', type(e).__name__, e)",
            "try:",
            "    asyncio.create_task(len)",
            "except TypeError as e:",
            "    print('{p} error', e)",
        ]),
        ("anext_task", [
            "async def counter():",
            "    for i in range(3):",
            "        await asyncio.sleep({d})",
            "        yield i",
            "g = counter()",
            "t = asyncio.create_task(anext(g))",
            "log('{p} anext task', await t, await asyncio.gather(anext(g), return_exceptions=True))",
            "log('{p} anext wait_for', await asyncio.wait_for(anext(g), 5))",
            "try:",
            "    await anext(g)",
            "except StopAsyncIteration:",
            "    log('{p} anext exhausted')",
            "del g, t  # a live async generator at shutdown is closed by a task: refcount territory",
        ]),
        ("base_exception_codes", [
            "for e in (SystemExit(), SystemExit(2), SystemExit('bye', 1), KeyboardInterrupt()):",
            "    print('{p}', type(e).__name__, e.args, getattr(e, 'code', '-'))",
        ]),
    )

    def scenario_probe(self, p, may_escape):
        o = self.out
        for name, lines in self.rng.sample(self.PROBES, self.rng.randint(1, 3)):
            d = self.delay()
            o.add(f"# probe {name}")
            for line in lines:
                o.add(line.replace("{p}", p).replace("{d}", str(d)))
        o.add(f"log('{p} probes done')")
