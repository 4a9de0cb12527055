"""Generates random but valid asyncio programs for the differential tester (differential.py).

``generate(seed)`` returns the source of one program; the same seed always gives the same program. A program is a
few independent *scenarios* (``async def s0(): ...``), each exercising one area of asyncio with random
parameters -- tasks and gather, TaskGroup, wait_for/timeout, wait, as_completed, shield, locks, semaphores,
events, conditions, queues, outside cancellation, done callbacks and call_soon/call_later, blocking time.sleep,
to_thread, async generators and async context managers -- and a ``main()`` that awaits them one after another or
runs them concurrently with gather.

The programs stay inside what CPython defines (docs/engine.md, "What the corpus deliberately avoids"): no order
that depends on iterating a set of tasks (at most one task that can be cancelled by TaskGroup or by
asyncio.run's shutdown prints on its way out; wait's ``done``/``pending`` sets are sorted by name; as_completed
only gets tasks, never coroutines), no addresses, no sets of strings. A program may still deadlock (a
condition nobody notifies); the CPython runner refuses those and the tester counts them as skipped.

Run ``python3 asyncio_program_generator.py SEED`` to print one program.
"""

import random
import sys

DELAYS = (0, 0, 0.1, 0.2, 0.25, 0.3, 0.5, 0.5, 1, 1, 1.5, 2)

HEADER = '''import asyncio
import contextlib
import time


def log(*parts):
    task = asyncio.current_task()
    print(*parts, "@", asyncio.get_running_loop().time(), task.get_name() if task else None)


class AppError(Exception):
    pass
'''


class Program:
    """Accumulates the lines of one scenario with indentation."""

    def __init__(self):
        self.lines = []
        self.depth = 0

    def add(self, *lines):
        for line in lines:
            self.lines.append("    " * self.depth + line if line else "")

    def block(self, header):
        self.add(header)
        return _Indent(self)


class _Indent:
    def __init__(self, program):
        self.program = program

    def __enter__(self):
        self.program.depth += 1

    def __exit__(self, *exc):
        self.program.depth -= 1
        return False


class Generator:
    """Builds one program from a seeded random source; each scenario method writes one ``async def sK()``."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.out = Program()

    # -- random choices -------------------------------------------------------------------------------------

    def delay(self):
        return self.rng.choice(DELAYS)

    def chance(self, p):
        return self.rng.random() < p

    def error(self, tag):
        kind = self.rng.choice(("ValueError", "KeyError", "AppError", "RuntimeError"))
        return kind, f'{kind}("{tag}")'

    def task_name(self, prefix, i):
        return f', name="{prefix}-{i}"' if self.chance(0.5) else ""

    # -- the program ------------------------------------------------------------------------------------------

    def program(self):
        count = self.rng.randint(1, 4)
        concurrent = count > 1 and self.chance(0.25)
        kinds = [name for name in dir(self) if name.startswith("scenario_")]
        kinds += ["scenario_task_graph"] * 5  # the free-form one finds the most interleavings
        names = []
        for k in range(count):
            kind = self.rng.choice(kinds)
            # Only the last scenario of a sequential main may let an exception escape: asyncio.run then cancels
            # whatever is left, and leftovers must not race to print (their order would be by address).
            may_escape = not concurrent and k == count - 1
            self.out.add("")
            self.out.add("")
            with self.out.block(f"async def s{k}():"):
                getattr(self, kind)(f"s{k}", may_escape)
            names.append(f"s{k}")
        self.out.add("", "")
        with self.out.block("async def main():"):
            self.out.add('log("main start")')
            if concurrent:
                self.out.add(f"results = await asyncio.gather({', '.join(n + '()' for n in names)})")
                self.out.add('print("main results", results)')
            else:
                for name in names:
                    self.out.add(f"await {name}()")
            self.out.add('log("main end")')
            if self.chance(0.3):
                self.out.add("return loop_time()")
        self.out.add("", "")
        with self.out.block("def loop_time():"):
            self.out.add("return asyncio.get_running_loop().time()")
        self.out.add("", "")
        if self.chance(0.2):
            self.out.add('print("before run", time.monotonic())')
        self.out.add('print("run returned", asyncio.run(main()))')
        if self.chance(0.15):
            self.out.add('print("second run", asyncio.run(s0()))')
        return HEADER + "\n".join(self.out.lines) + "\n"

    def worker(self, p, name="work"):
        """A nested coroutine: logs, sleeps, maybe fails, returns a value."""
        o = self.out
        with o.block(f"async def {name}(i, d, fail):"):
            o.add(f'log("{p} {name} start", i)')
            if self.chance(0.3):
                o.add("await asyncio.sleep(d / 2)", f'log("{p} {name} half", i)', "await asyncio.sleep(d / 2)")
            else:
                o.add("await asyncio.sleep(d)")
            with o.block("if fail:"):
                o.add(f'raise {self.rng.choice(("ValueError", "AppError"))}(f"{p} {name} {{i}} failed")')
            o.add(f'log("{p} {name} end", i)')
            o.add("return i * 10")

    def spawn_list(self, p, n, fail_p=0.3, bare_p=0.0):
        """Source of a list of n worker tasks (or bare coroutines) and the failure flags used."""
        parts = []
        fails = []
        for i in range(n):
            fail = self.chance(fail_p)
            fails.append(fail)
            call = f"work({i}, {self.delay()}, {fail})"
            if self.chance(bare_p):
                parts.append(call)
            else:
                parts.append(f"asyncio.create_task({call}{self.task_name(p, i)})")
        return "[" + ", ".join(parts) + "]", fails

    # -- scenarios --------------------------------------------------------------------------------------------

    def scenario_gather(self, p, may_escape):
        o = self.out
        self.worker(p)
        n = self.rng.randint(1, 4)
        items, fails = self.spawn_list(p, n, bare_p=0.4)
        o.add(f"aws = {items}")
        if self.chance(0.3):
            o.add("await asyncio.sleep(0)", f'log("{p} after sleep(0)")')
        if self.chance(0.5):
            o.add("results = await asyncio.gather(*aws, return_exceptions=True)")
            o.add(f'print("{p} results", results)')
        elif may_escape and self.chance(0.4):
            o.add("results = await asyncio.gather(*aws)")
            o.add(f'print("{p} results", results)')
        else:
            with o.block("try:"):
                o.add("results = await asyncio.gather(*aws)")
                o.add(f'print("{p} results", results)')
            with o.block("except (ValueError, AppError) as e:"):
                o.add(f'log("{p} caught", repr(e))')
                if self.chance(0.5):
                    o.add("await asyncio.sleep(2)", f'log("{p} after the others")')
        o.add("return 1")

    def scenario_taskgroup(self, p, may_escape):
        o = self.out
        self.worker(p)
        cleanup = self.chance(0.5)
        if cleanup:
            with o.block("async def careful(d):"):
                with o.block("try:"):
                    o.add("await asyncio.sleep(d)", f'log("{p} careful done")')
                with o.block("finally:"):
                    o.add(f'log("{p} careful finally")')
        n = self.rng.randint(1, 4)
        escape = may_escape and self.chance(0.4)
        if not escape:
            o.add("try:")
            o.depth += 1
        with o.block("async with asyncio.TaskGroup() as tg:"):
            o.add("ts = []")
            for i in range(n):
                o.add(f"ts.append(tg.create_task(work({i}, {self.delay()}, {self.chance(0.35)}){self.task_name(p, i)}))")
            if cleanup:
                o.add(f"tg.create_task(careful({self.delay()}))")
            if self.chance(0.4):
                o.add(f"await asyncio.sleep({self.delay()})", f'log("{p} body awake")')
            if self.chance(0.15):
                o.add(f'raise AppError("{p} body failed")')
        o.add(f'print("{p} results", [t.result() for t in ts])')
        if not escape:
            o.depth -= 1
            with o.block("except* ValueError as eg:"):
                o.add(f'log("{p} ValueErrors", [str(e) for e in eg.exceptions])')
            with o.block("except* AppError as eg:"):
                o.add(f'log("{p} AppErrors", [str(e) for e in eg.exceptions])')

    def scenario_wait_for(self, p, may_escape):
        o = self.out
        with o.block("async def slow(d):"):
            with o.block("try:"):
                o.add(f'log("{p} slow start")', "await asyncio.sleep(d)", f'log("{p} slow done")', 'return "ok"')
            if self.chance(0.3):
                with o.block("except asyncio.CancelledError:"):
                    o.add(f'log("{p} slow cancelled")')
                    o.add("raise" if self.chance(0.7) else 'return "swallowed"')
            with o.block("finally:"):
                o.add(f'log("{p} slow finally")')
        style = self.rng.choice(("wait_for", "timeout", "nested", "wait_for_task"))
        d, t = self.delay(), self.delay()
        with o.block("try:"):
            if style == "wait_for":
                o.add(f"r = await asyncio.wait_for(slow({d}), timeout={t})")
            elif style == "wait_for_task":
                o.add(f"task = asyncio.create_task(slow({d}){self.task_name(p, 'slow')})")
                o.add(f"r = await asyncio.wait_for(task, timeout={t})")
            elif style == "timeout":
                with o.block(f"async with asyncio.timeout({t}) as cm:"):
                    o.add(f"r = await slow({d})")
                    if self.chance(0.3):
                        o.add("cm.reschedule(None)", f"await asyncio.sleep({self.delay()})")
            else:
                with o.block(f"async with asyncio.timeout({t}):"):
                    with o.block("try:"):
                        with o.block(f"async with asyncio.timeout({self.delay()}):"):
                            o.add(f"r = await slow({d})")
                    with o.block("except TimeoutError:"):
                        o.add(f'log("{p} inner timeout")')
                        o.add(f"r = await slow({self.delay()})")
            o.add(f'log("{p} got", r)')
        with o.block("except TimeoutError as e:"):
            o.add(f'log("{p} timed out", repr(e))')
        if style == "wait_for_task":
            o.add(f'print("{p} task", task.done(), task.cancelled())')

    def scenario_wait(self, p, may_escape):
        o = self.out
        self.worker(p)
        n = self.rng.randint(1, 4)
        items, _ = self.spawn_list(p, n)
        o.add(f"ts = {items}")
        when = self.rng.choice(("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"))
        timeout = f", timeout={self.delay()}" if self.chance(0.4) else ""
        o.add(f"done, pending = await asyncio.wait(ts, return_when=asyncio.{when}{timeout})")
        o.add(f'log("{p} done", sorted(t.get_name() for t in done), "pending", len(pending))')
        with o.block("for t in ts:"):
            with o.block("if t.done():"):
                o.add(f'print("{p}", t.get_name(), repr(t.exception()) if t.exception() else t.result())')
            with o.block("else:"):
                o.add("t.cancel()" if self.chance(0.6) else "pass")
        o.add(f'print("{p} gathered", await asyncio.gather(*ts, return_exceptions=True))')

    def scenario_as_completed(self, p, may_escape):
        o = self.out
        self.worker(p)
        n = self.rng.randint(1, 4)
        items, _ = self.spawn_list(p, n)
        o.add(f"ts = {items}")
        timeout = f", timeout={self.delay()}" if self.chance(0.3) else ""
        with o.block("try:"):
            with o.block(f"for fut in asyncio.as_completed(ts{timeout}):"):
                with o.block("try:"):
                    o.add(f'log("{p} next", await fut)')
                with o.block("except (ValueError, AppError) as e:"):
                    o.add(f'log("{p} failed", repr(e))')
        with o.block("except TimeoutError:"):
            o.add(f'log("{p} as_completed timed out")')
        with o.block("for t in ts:"):
            o.add("t.cancel()")
        o.add(f'print("{p} after", await asyncio.gather(*ts, return_exceptions=True))')

    def scenario_shield(self, p, may_escape):
        o = self.out
        self.worker(p)
        o.add(f"inner = asyncio.create_task(work(0, {self.delay()}, {self.chance(0.2)}){self.task_name(p, 'inner')})")
        if self.chance(0.5):
            with o.block("try:"):
                o.add(f"r = await asyncio.wait_for(asyncio.shield(inner), timeout={self.delay()})")
                o.add(f'log("{p} shielded result", r)')
            with o.block("except TimeoutError:"):
                o.add(f'log("{p} shield timed out", inner.done(), inner.cancelled())')
            with o.block("except (ValueError, AppError) as e:"):
                o.add(f'log("{p} shield saw", repr(e))')
        else:
            with o.block("async def outer():"):
                o.add("return await asyncio.shield(inner)")
            o.add(f"waiter = asyncio.create_task(outer(){self.task_name(p, 'outer')})")
            o.add(f"await asyncio.sleep({self.delay()})")
            o.add('waiter.cancel("stop waiting")')
            with o.block("try:"):
                o.add(f'log("{p} waiter", await waiter)')
            with o.block("except asyncio.CancelledError as e:"):
                o.add(f'log("{p} waiter cancelled", e.args, inner.cancelled())')
            with o.block("except (ValueError, AppError) as e:"):
                o.add(f'log("{p} waiter saw", repr(e))')
        with o.block("try:"):
            o.add(f'log("{p} inner", await inner)')
        with o.block("except (ValueError, AppError) as e:"):
            o.add(f'log("{p} inner failed", repr(e))')

    def scenario_lock(self, p, may_escape):
        o = self.out
        kind = self.rng.choice(("asyncio.Lock()", "asyncio.Semaphore(2)", "asyncio.BoundedSemaphore(1)",
                                "asyncio.Semaphore(0)"))
        o.add(f"guard = {kind}")
        with o.block("async def user(i, d):"):
            o.add(f'log("{p} wants", i)')
            with o.block("async with guard:"):
                o.add(f'log("{p} holds", i)', "await asyncio.sleep(d)")
            o.add(f'log("{p} released", i)')
            o.add("return i")
        n = self.rng.randint(1, 4)
        o.add(f"ts = [asyncio.create_task(user(i, d){self.task_name(p, 'u')}) for i, d in "
              f"enumerate({[self.delay() for _ in range(n)]})]")
        if "Semaphore(0)" in kind:
            o.add(f"await asyncio.sleep({self.delay()})")
            o.add("guard.release()")
        if self.chance(0.3):
            o.add("await asyncio.sleep(0)", f'log("{p} locked?", guard.locked())')
        if self.chance(0.3):
            o.add(f"await asyncio.sleep({self.delay()})", "ts[-1].cancel()")
        o.add(f'print("{p} users", await asyncio.gather(*ts, return_exceptions=True))')
        if "Bounded" in kind:
            with o.block("try:"):
                o.add("guard.release()")
            with o.block("except ValueError as e:"):
                o.add(f'print("{p} over-release", e)')

    def scenario_event(self, p, may_escape):
        o = self.out
        o.add("ev = asyncio.Event()")
        with o.block("async def waiter(i):"):
            o.add(f'log("{p} waiting", i)', "r = await ev.wait()", f'log("{p} woke", i, r)')
        n = self.rng.randint(1, 3)
        o.add(f"ts = [asyncio.create_task(waiter(i){self.task_name(p, 'w')}) for i in range({n})]")
        o.add(f"await asyncio.sleep({self.delay()})")
        if self.chance(0.3):
            o.add("ev.set()", "ev.clear()", f'log("{p} flicker", ev.is_set())')
            o.add("ev.set()")
        else:
            o.add("asyncio.get_running_loop().call_soon(ev.set)" if self.chance(0.3) else "ev.set()")
        o.add(f'log("{p} set", ev.is_set())')
        o.add("await asyncio.gather(*ts)")

    def scenario_condition(self, p, may_escape):
        o = self.out
        o.add("cond = asyncio.Condition()", "items = []")
        n = self.rng.randint(1, 3)
        notify = self.rng.choice(("cond.notify()", "cond.notify_all()", "cond.notify(2)"))
        with o.block("async def consumer(i):"):
            with o.block("async with cond:"):
                if self.chance(0.5):
                    o.add("await cond.wait_for(lambda: items)")
                else:
                    with o.block("while not items:"):
                        o.add("await cond.wait()")
                o.add(f'log("{p} consumed", i, items.pop(0))')
        with o.block("async def producer():"):
            with o.block(f"for j in range({n}):"):
                o.add(f"await asyncio.sleep({self.delay()})")
                with o.block("async with cond:"):
                    o.add("items.append(j)", notify, f'log("{p} produced", j)')
        o.add(f"await asyncio.gather(*(consumer(i) for i in range({n})), producer())")

    def scenario_queue(self, p, may_escape):
        o = self.out
        kind = self.rng.choice(("Queue", "Queue", "LifoQueue", "PriorityQueue"))
        maxsize = self.rng.choice((0, 1, 2))
        o.add(f"q = asyncio.{kind}(maxsize={maxsize})")
        producers = self.rng.randint(1, 2)
        per = self.rng.randint(1, 3)
        with o.block("async def producer(k, d):"):
            with o.block(f"for j in range({per}):"):
                o.add("item = ((j * 7 + k) % 5, k, j)" if kind == "PriorityQueue" else "item = (k, j)")
                o.add("await q.put(item)", f'log("{p} put", item, q.qsize())', "await asyncio.sleep(d)")
        with o.block("async def consumer(c, d):"):
            with o.block("while True:"):
                o.add("item = await q.get()", f'log("{p} got", c, item)', "await asyncio.sleep(d)", "q.task_done()")
        consumers = self.rng.randint(1, 2)
        o.add(f"cs = [asyncio.create_task(consumer(c, {self.delay()}){self.task_name(p, 'c')}) "
              f"for c in range({consumers})]")
        o.add(f"await asyncio.gather(*(producer(k, {self.delay()}) for k in range({producers})))")
        o.add("await q.join()", f'log("{p} joined", q.empty(), q.full())')
        with o.block("try:"):
            o.add("q.get_nowait()")
        with o.block("except asyncio.QueueEmpty:"):
            o.add(f'print("{p} empty")')
        with o.block("for c in cs:"):
            o.add("c.cancel()")
        o.add(f'print("{p} consumers", await asyncio.gather(*cs, return_exceptions=True))')

    def scenario_cancel(self, p, may_escape):
        o = self.out
        swallow = self.chance(0.3)
        with o.block("async def victim(d):"):
            with o.block("try:"):
                o.add(f'log("{p} victim start")', "await asyncio.sleep(d)", f'log("{p} victim done")',
                      'return "finished"')
            with o.block("except asyncio.CancelledError as e:"):
                o.add(f'log("{p} victim cancelled", e.args, asyncio.current_task().cancelling())')
                if swallow:
                    if self.chance(0.5):
                        o.add("asyncio.current_task().uncancel()")
                    o.add('return "swallowed"')
                else:
                    o.add("raise")
            with o.block("finally:"):
                o.add(f'log("{p} victim finally")')
        o.add(f"t = asyncio.create_task(victim({self.delay()}){self.task_name(p, 'victim')})")
        o.add(f"await asyncio.sleep({self.delay()})")
        msg = self.rng.choice(("", '"stop"', 'msg="later"'))
        o.add(f"ok = t.cancel({msg})")
        if self.chance(0.3):
            o.add(f"ok2 = t.cancel({msg})", f'print("{p} second cancel", ok2)')
        o.add(f'log("{p} cancel returned", ok, t.cancelling())')
        escape = may_escape and not swallow and self.chance(0.3)
        if escape:
            o.add(f'log("{p} result", await t)')
            return
        with o.block("try:"):
            o.add(f'log("{p} result", await t)')
        with o.block("except asyncio.CancelledError as e:"):
            o.add(f'log("{p} awaited cancelled", e.args, t.cancelled())')

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

    def scenario_gather_cancel(self, p, may_escape):
        o = self.out
        self.worker(p)
        with o.block("async def guarded(i, d):"):
            with o.block("try:"):
                o.add("return await work(i, d, False)")
            with o.block("except asyncio.CancelledError:"):
                o.add(f'log("{p} guarded cancelled", i)')
                o.add("raise" if self.chance(0.7) else "return -1")
        n = self.rng.randint(1, 3)
        parts = [f"guarded({i}, {self.delay()})" for i in range(n)]
        if self.chance(0.4):
            parts.append(f"asyncio.gather(work({n}, {self.delay()}, False))")
        o.add(f"g = asyncio.gather({', '.join(parts)}, return_exceptions={self.chance(0.4)})")
        style = self.rng.choice(("direct", "holder"))
        if style == "direct":
            o.add(f"await asyncio.sleep({self.delay()})", f'log("{p} cancel gather", g.cancel())')
            with o.block("try:"):
                o.add(f'log("{p} gather", await g)')
            with o.block("except asyncio.CancelledError as e:"):
                o.add(f'log("{p} gather cancelled", e.args, g.cancelled())')
        else:
            with o.block("async def holder():"):
                o.add("return await g")
            o.add(f"h = asyncio.create_task(holder(){self.task_name(p, 'holder')})")
            o.add(f"await asyncio.sleep({self.delay()})", f'h.cancel("{p} stop")')
            with o.block("try:"):
                o.add(f'log("{p} holder", await h)')
            with o.block("except asyncio.CancelledError as e:"):
                o.add(f'log("{p} holder cancelled", e.args, g.cancelled())')
            o.add(f"await asyncio.sleep({self.delay()})")

    def scenario_nested_taskgroup(self, p, may_escape):
        o = self.out
        self.worker(p)
        with o.block("async def team(k, fail):"):
            with o.block("async with asyncio.TaskGroup() as inner:"):
                o.add(f"inner.create_task(work(k * 10, {self.delay()}, fail))")
                o.add(f"inner.create_task(work(k * 10 + 1, {self.delay()}, False))")
            o.add(f'log("{p} team done", k)')
            o.add("return k")
        with o.block("try:"):
            with o.block("async with asyncio.TaskGroup() as outer:"):
                o.add(f"a = outer.create_task(team(1, {self.chance(0.3)}){self.task_name(p, 'team')})")
                o.add(f"b = outer.create_task(team(2, {self.chance(0.3)}))")
                if self.chance(0.3):
                    o.add(f"await asyncio.sleep({self.delay()})", "b.cancel()")
            o.add(f'log("{p} teams", a.result(), b.cancelled() or b.result())')
        with o.block("except* (ValueError, AppError) as eg:"):
            o.add(f'log("{p} team errors", repr(eg))')

    def scenario_cancel_waiter(self, p, may_escape):
        o = self.out
        kind = self.rng.choice(("lock", "event", "queue", "semaphore", "condition"))
        setup = {"lock": "prim = asyncio.Lock()", "event": "prim = asyncio.Event()",
                 "queue": "prim = asyncio.Queue()", "semaphore": "prim = asyncio.Semaphore(1)",
                 "condition": "prim = asyncio.Condition()"}[kind]
        o.add(setup)
        with o.block("async def waiter(i, hold):"):
            with o.block("try:"):
                if kind in ("lock", "semaphore"):
                    with o.block("async with prim:"):
                        o.add(f'log("{p} acquired", i)', "await asyncio.sleep(hold)")
                elif kind == "event":
                    o.add("await prim.wait()", f'log("{p} event seen", i)')
                elif kind == "queue":
                    o.add(f'log("{p} item", i, await prim.get())')
                else:
                    with o.block("async with prim:"):
                        o.add("await prim.wait()", f'log("{p} notified", i)')
            with o.block("except asyncio.CancelledError:"):
                o.add(f'log("{p} waiter cancelled", i)', "raise")
        n = self.rng.randint(2, 3)
        o.add(f"ws = [asyncio.create_task(waiter(i, {self.delay()}){self.task_name(p, 'w')}) for i in range({n})]")
        o.add(f"await asyncio.sleep({self.delay()})")
        o.add(f"ws[{self.rng.randint(0, n - 1)}].cancel()")
        if self.chance(0.5):
            o.add("await asyncio.sleep(0)")
        release = {"lock": [], "semaphore": [], "event": ["prim.set()"],
                   "queue": [f"prim.put_nowait({i})" for i in range(n)],
                   "condition": ["async with prim:", "    prim.notify_all()"]}[kind]
        o.add(*release)
        o.add(f'print("{p} waiters", await asyncio.gather(*ws, return_exceptions=True))')

    def scenario_timeout_api(self, p, may_escape):
        o = self.out
        o.add("loop = asyncio.get_running_loop()")
        with o.block("try:"):
            with o.block(f"async with asyncio.timeout_at(loop.time() + {self.delay()}) as cm:"):
                o.add(f'log("{p} deadline", cm.when())')
                if self.chance(0.5):
                    o.add(f"cm.reschedule(loop.time() + {self.delay()})")
                o.add(f"await asyncio.sleep({self.delay()})")
                o.add(f'log("{p} in time")')
        with o.block("except TimeoutError as e:"):
            o.add(f'log("{p} expired", cm.expired(), repr(e), type(e.__context__).__name__)')
        o.add(f'log("{p} after", cm.expired())')
        with o.block("async def stubborn():"):
            with o.block("try:"):
                o.add(f"await asyncio.sleep({self.delay() + 1})")
            with o.block("except asyncio.CancelledError:"):
                o.add(f'log("{p} stubborn ignores")', f"await asyncio.sleep({self.delay()})", 'return "late"')
        with o.block("try:"):
            o.add(f'log("{p} stubborn", await asyncio.wait_for(stubborn(), {self.delay()}))')
        with o.block("except TimeoutError:"):
            o.add(f'log("{p} stubborn timed out")')

    def scenario_unawaited(self, p, may_escape):
        o = self.out
        self.worker(p)
        o.add(f"forgotten = work(0, {self.delay()}, False)")
        o.add(f'print("{p} made", type(forgotten).__name__)')
        o.add("del forgotten")
        o.add(f"lost = asyncio.create_task(work(1, {self.delay()}, True){self.task_name(p, 'lost')})")
        o.add(f"await asyncio.sleep({self.delay() + 0.5})")
        o.add(f'log("{p} lost done", lost.done())')
        o.add("del lost")

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

    def scenario_task_api(self, p, may_escape):
        o = self.out
        self.worker(p)
        o.add(f"t = asyncio.create_task(work(0, {self.delay()}, False))")
        o.add(f'log("{p} name", t.get_name())', f't.set_name("{p}-renamed")')
        o.add(f'log("{p} tasks", len(asyncio.all_tasks()), t in asyncio.all_tasks(), t.done())')
        o.add("me = asyncio.current_task()")
        o.add(f'log("{p} me", me.get_name(), me.done(), me.cancelling())')
        o.add(f"await asyncio.sleep({self.delay()})")
        o.add(f'log("{p} result", await t, t.done(), t.cancelled(), t.exception())')
        o.add(f'log("{p} after", len(asyncio.all_tasks()))')
        with o.block("for i in range(3):"):
            o.add(f"asyncio.get_running_loop().call_soon(print, \"{p} soon\", i)")
            o.add(f"asyncio.create_task(asyncio.sleep(0, result=i))")
            if self.chance(0.5):
                o.add("await asyncio.sleep(0)")
        o.add(f"await asyncio.sleep({self.delay()})")


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


    def scenario_task_graph(self, p, may_escape):
        """Random coroutines c0..cN run as tasks that sleep, block, cancel each other, await later tasks (a DAG,
        so no cycle), spawn leaves, time out and fail; everything is gathered at the end."""
        o = self.out
        n = self.rng.randint(2, 5)
        o.add("T = {}", "extra = []")
        with o.block("async def leaf(k, d):"):
            with o.block("try:"):
                o.add("await asyncio.sleep(d)", f'log("{p} leaf", k)', "return k")
            with o.block("finally:"):
                o.add(f'log("{p} leaf exit", k)')
        for i in range(n):
            with o.block(f"async def c{i}():"):
                self.graph_body(p, i, n, depth=0)
                o.add(f'return "c{i} ok"')
        for i in range(n):
            # all of T exists before any child runs: a child may await any later one
            o.add(f'T["c{i}"] = asyncio.create_task(c{i}(){self.task_name(p, "c" + str(i))})')
        if self.chance(0.4):
            o.add(f"await asyncio.sleep({self.delay()})", f'log("{p} graph running", len(extra))')
        o.add(f'print("{p} graph", await asyncio.gather(*T.values(), return_exceptions=True))')
        with o.block("while any(not t.done() for t in extra):"):
            o.add("await asyncio.gather(*extra, return_exceptions=True)")
        o.add(f'print("{p} leaves", [t.result() if not t.cancelled() else "cancelled" for t in extra])')

    def graph_body(self, p, i, n, depth):
        o = self.out
        for _ in range(self.rng.randint(1, 4)):
            roll = self.rng.random()
            later = [j for j in range(i + 1, n)]
            other = [j for j in range(n) if j != i]
            if roll < 0.25:
                o.add(f"await asyncio.sleep({self.delay()})")
            elif roll < 0.35:
                o.add(f'log("{p} c{i} at", {self.rng.randint(0, 99)})')
            elif roll < 0.45 and other:
                j = self.rng.choice(other)
                msg = self.rng.choice(("", f'"c{i}"'))
                with o.block(f'if "c{j}" in T:'):
                    o.add(f'log("{p} c{i} cancels c{j}", T["c{j}"].cancel({msg}))')
            elif roll < 0.57 and later:
                j = self.rng.choice(later)
                how = self.rng.choice(("plain", "wait_for", "shield", "gather"))
                expr = {"plain": f'T["c{j}"]', "wait_for": f'asyncio.wait_for(T["c{j}"], {self.delay()})',
                        "shield": f'asyncio.shield(T["c{j}"])', "gather": f'asyncio.gather(T["c{j}"])'}[how]
                with o.block("try:"):
                    o.add(f'log("{p} c{i} awaited c{j}", await {expr})')
                with o.block("except (Exception, asyncio.CancelledError) as e:"):
                    o.add(f'log("{p} c{i} awaiting c{j} raised", repr(e))')
                    if self.chance(0.5):
                        with o.block("if isinstance(e, asyncio.CancelledError) and "
                                     "asyncio.current_task().cancelling():"):
                            o.add("raise")
            elif roll < 0.65:
                o.add(f"extra.append(asyncio.create_task(leaf({self.rng.randint(0, 9)}, {self.delay()})))")
            elif roll < 0.70:
                o.add(f"time.sleep({self.delay()})")
            elif roll < 0.75:
                with o.block("if extra:"):
                    o.add(f'log("{p} c{i} cancels a leaf", extra[-1].cancel())')
            elif roll < 0.82 and depth < 2:
                with o.block("try:"):
                    self.graph_body(p, i, n, depth + 1)
                with o.block("except asyncio.CancelledError as e:"):
                    o.add(f'log("{p} c{i} cancelled", e.args)')
                    if self.chance(0.6):
                        o.add("raise")
                    elif self.chance(0.5):
                        o.add("asyncio.current_task().uncancel()")
                with o.block("finally:"):
                    o.add(f'log("{p} c{i} finally")')
            elif roll < 0.90 and depth < 2:
                with o.block("try:"):
                    with o.block(f"async with asyncio.timeout({self.delay()}):"):
                        self.graph_body(p, i, n, depth + 1)
                with o.block("except TimeoutError:"):
                    o.add(f'log("{p} c{i} timed out")')
            elif roll < 0.95:
                with o.block(f"if {self.rng.choice(('True', 'False', 'len(extra) > 1', 'len(T) > 2'))}:"):
                    o.add(f'raise AppError("{p} c{i} failed")')
            else:
                o.add("await asyncio.sleep(0)")


    def scenario_pipeline(self, p, may_escape):
        """Interview classic: stages connected by bounded queues, shut down with sentinels."""
        o = self.out
        stages = self.rng.randint(1, 3)
        items = self.rng.randint(1, 5)
        o.add(f"qs = [asyncio.Queue(maxsize={self.rng.choice((1, 2, 0))}) for _ in range({stages + 1})]")
        with o.block("async def source():"):
            with o.block(f"for i in range({items}):"):
                o.add(f"await asyncio.sleep({self.delay()})", "await qs[0].put(i)", f'log("{p} emitted", i)')
            o.add("await qs[0].put(None)")
        with o.block("async def stage(k, d):"):
            with o.block("while True:"):
                o.add("item = await qs[k].get()")
                with o.block("if item is None:"):
                    o.add("await qs[k + 1].put(None)", "return k")
                o.add("await asyncio.sleep(d)")
                with o.block(f"if item == {self.rng.randint(0, 6)} and k == {self.rng.randint(0, stages)}:"):
                    o.add(f'log("{p} stage drops", k, item)', "continue")
                o.add("await qs[k + 1].put(item * 10 + k)")
        with o.block("async def sink():"):
            o.add("got = []")
            with o.block(f"while (item := await qs[{stages}].get()) is not None:"):
                o.add("got.append(item)", f'log("{p} sink", item)')
            o.add("return got")
        o.add(f"stages = [stage(k, {self.delay()}) for k in range({stages})]")
        o.add(f'print("{p} pipeline", await asyncio.gather(source(), *stages, sink()))')

    def scenario_retry(self, p, may_escape):
        """Retry with exponential backoff around a flaky call bounded by wait_for."""
        o = self.out
        o.add("attempts = []")
        fails = self.rng.randint(0, 3)
        with o.block("async def flaky(d):"):
            o.add("attempts.append(asyncio.get_running_loop().time())")
            o.add(f"await asyncio.sleep(d)")
            with o.block(f"if len(attempts) <= {fails}:"):
                o.add(f'raise ConnectionError(f"{p} attempt {{len(attempts)}}")')
            o.add('return "payload"')
        with o.block("async def with_retry(tries, base):"):
            with o.block("for n in range(tries):"):
                with o.block("try:"):
                    o.add(f"return await asyncio.wait_for(flaky({self.delay()}), {self.rng.choice((0.3, 1, 2))})")
                with o.block("except (ConnectionError, TimeoutError) as e:"):
                    o.add(f'log("{p} retry", n, repr(e))', "await asyncio.sleep(base * 2 ** n)")
            o.add(f'raise RuntimeError("{p} gave up")')
        with o.block("try:"):
            o.add(f'log("{p} result", await with_retry({self.rng.randint(1, 4)}, {self.rng.choice((0.1, 0.5, 1))}))')
        with o.block("except RuntimeError as e:"):
            o.add(f'log("{p}", e)')
        o.add(f'print("{p} attempts at", attempts)')

    def scenario_rate_limit(self, p, may_escape):
        """A semaphore-bounded fan-out that records when each request ran (max-not-sum timing)."""
        o = self.out
        limit = self.rng.randint(1, 3)
        o.add(f"sem = asyncio.Semaphore({limit})", "spans = {}")
        with o.block("async def request(i, d):"):
            with o.block("async with sem:"):
                o.add("start = asyncio.get_running_loop().time()", "await asyncio.sleep(d)")
                o.add("spans[i] = (start, asyncio.get_running_loop().time())")
            o.add("return i")
        n = self.rng.randint(2, 6)
        o.add(f"started = time.perf_counter()")
        o.add(f"done = await asyncio.gather(*(request(i, d) for i, d in enumerate({[self.delay() for _ in range(n)]})))")
        o.add(f'print("{p} rate limited", done, sorted(spans.items()), time.perf_counter() - started)')


def generate(seed):
    return Generator(seed).program()


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
