"""Scenarios about tasks and their results: gather, TaskGroup, wait_for and timeouts, wait, as_completed, shield,
cancellation from outside, and the free-form task graph.

A mixin of asyncio_program_generator.Generator: each ``scenario_*`` method writes the body of one ``async def sK()``
through ``self.out`` (see that module for the rules every scenario keeps)."""


class TaskScenarios:
    """Scenario methods; they use Generator's random helpers (delay, chance, task_name) and self.out."""

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
