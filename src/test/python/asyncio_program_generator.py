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

The scenarios live in three mixins along their subject: generator_tasks.py, generator_sync.py and
generator_misc.py. Run ``python3 asyncio_program_generator.py SEED`` to print one program.
"""

import random
import sys

from generator_misc import MiscScenarios
from generator_sync import SyncScenarios
from generator_tasks import TaskScenarios

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


class Generator(TaskScenarios, SyncScenarios, MiscScenarios):
    """Builds one program from a seeded random source; each ``scenario_*`` method (from the mixins in
    generator_tasks, generator_sync and generator_misc) writes one ``async def sK()``."""

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


def generate(seed):
    return Generator(seed).program()


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
