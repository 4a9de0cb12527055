"""Scenarios about synchronisation: locks, semaphores, events, conditions, queues, cancelled waiters, pipelines and
rate limiting.

A mixin of asyncio_program_generator.Generator: each ``scenario_*`` method writes the body of one ``async def sK()``
through ``self.out`` (see that module for the rules every scenario keeps)."""


class SyncScenarios:
    """Scenario methods; they use Generator's random helpers (delay, chance, task_name) and self.out."""

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
