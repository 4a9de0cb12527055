"""Virtual-clock runner: runs conformance programs under CPython 3.12 and writes their expected results.

The Loopwise engine must behave exactly like CPython 3.12 running a program on a *virtual* clock. This
runner is that reference: it runs each program in CPython with

* a ``SelectorEventLoop`` subclass whose ``time()`` reads one virtual clock (starting at 0.0, shared by every
  ``asyncio.run`` of the program) and whose selector never blocks: when nothing is ready it jumps the clock
  to the next timer deadline (clock resolution 0, so a timer is due when ``deadline <= now``);
* timers with equal deadlines firing in scheduling order (CPython's heap compares ``TimerHandle`` by ``when``
  only and leaves ties unspecified; we tie-break with a sequence number -- our one deliberate choice);
* ``time.sleep`` advancing the clock while blocking the loop, and ``time.time``/``monotonic``/``perf_counter``
  reading it;
* ``run_in_executor``/``to_thread`` modelled as a thread running in virtual time: the function runs to
  completion at submission, its ``time.sleep`` calls advance a private thread clock instead of the loop's,
  and the asyncio future resolves from a timer at ``submission time + time slept`` (so two threads sleeping
  1 s each finish together after 1 s, as real threads do);
* ``print`` captured with the virtual time, the current task's name and the exact text written;
* the uncaught exception normalised per docs/engine-contract.md (only ``<program>`` frames, chains, exception groups);
* ``tasks`` counting every Task created, and ``warnings`` collecting never-awaited coroutines (warnings
  capture + forced gc at the end) and never-retrieved task exceptions (the loop's exception handler).

Each program is compiled with filename ``<program>`` and run as ``__main__`` in a fresh module, ONE PROGRAM
PER SUBPROCESS (so the ``Task-N`` counter starts at 1). A program is run twice, under two string-hash seeds,
and must give the same result both times: a corpus case may not depend on hashing, addresses or the wall
clock. It is then run twice more with the sets of tasks CPython iterates in address order (``all_tasks()``,
``TaskGroup``'s children, ``asyncio.wait``'s sets, ``as_completed``'s) iterating in creation order, forwards and
backwards (``PerturbedTaskSet``), and must again give the same result: a case may not depend on those orders. A program that deadlocks (nothing ready, no timer, main unfinished) is refused: CPython would hang.

Regenerate every expected file (run from the repository root)::

    PYENV_VERSION=3.12.1 python3 src/test/python/vclock_runner.py src/test/resources/conformance

or only some cases: ``... vclock_runner.py src/test/resources/conformance/gather_order_vs_completion.py``.
``--check`` compares instead of writing (exit status 1 on any difference). ``--bench N FILES|DIR`` runs each
program N times in-process (warmed) and prints ``BENCH <name> <median microseconds>`` per program and
``BENCH-MEDIAN <median of the medians>``: the CPython side of the engine benchmark.
"""

import asyncio
import builtins
import gc
import heapq
import io
import json
import linecache
import os
import selectors
import statistics
import subprocess
import sys
import time
import traceback
import types
import warnings
from asyncio import events

PROGRAM_FILE = "<program>"
_real_perf_counter = time.perf_counter


class Deadlock(BaseException):
    """Raised when the loop would block forever: CPython hangs, so such a program is no corpus case."""


class VirtualClock:
    """The one virtual clock of a program run; threads (run_in_executor) keep a private offset on top."""

    def __init__(self):
        self.now = 0.0
        self.timer_seq = 0
        self.thread_elapsed = None  # seconds slept by the running executor function, None outside one

    def read(self):
        if self.thread_elapsed is not None:
            return self.now + self.thread_elapsed
        return self.now

    def sleep(self, seconds):
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        if self.thread_elapsed is not None:
            self.thread_elapsed += seconds
        else:
            self.now += seconds


CLOCK = VirtualClock()


class TimerHandle(asyncio.TimerHandle):
    """A TimerHandle ordered by (when, scheduling sequence): equal deadlines fire first-scheduled-first.

    It keeps CPython's class name because a handle's repr starts with it (``<TimerHandle when=2.0 ...>``).
    """

    __slots__ = ("_seq",)

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        CLOCK.timer_seq += 1
        self._seq = CLOCK.timer_seq

    def __lt__(self, other):
        if self._when != other._when:
            return self._when < other._when
        return self._seq < getattr(other, "_seq", 0)

    def __le__(self, other):
        return not other.__lt__(self)

    def __gt__(self, other):
        return other.__lt__(self)

    def __ge__(self, other):
        return not self.__lt__(other)


class _DueCutoff:
    """``now + _clock_resolution`` in ``_run_once``: makes ``when >= end_time`` mean ``when > now``.

    CPython pops a timer when ``when < now + clock_resolution``; a virtual clock has resolution 0 and
    jumps exactly to a deadline, so the timer at that deadline must be due: ``deadline <= now``.
    """

    __slots__ = ("now",)

    def __init__(self, now):
        self.now = now

    def __le__(self, when):  # reflected from ``handle._when >= end_time``
        return when > self.now


class _ZeroResolution:
    """Stands for a clock resolution of 0 with an inclusive deadline (see _DueCutoff)."""

    def __radd__(self, now):
        return _DueCutoff(now)


class VirtualSelector(selectors.SelectSelector):
    """Never blocks: where the loop would wait for a timer it moves the virtual clock to that timer."""

    loop = None

    def select(self, timeout=None):
        ready = super().select(0)
        if ready or timeout == 0:
            return ready
        if timeout is None:
            raise Deadlock("nothing is ready, no timer is scheduled and the main coroutine has not finished")
        # Jump to the exact deadline (not now + timeout) so the timer is due without float round-off. The clock
        # stays a float, as time.monotonic() is, even when call_at/timeout_at were given an int deadline.
        when = self.loop._scheduled[0]._when
        if when > CLOCK.now:
            CLOCK.now = float(when)
        return ready


class VirtualEventLoop(asyncio.SelectorEventLoop):
    """SelectorEventLoop on the virtual clock, counting tasks and collecting never-retrieved exceptions."""

    def __init__(self):
        selector = VirtualSelector()
        super().__init__(selector)
        selector.loop = self
        self._clock_resolution = _ZeroResolution()

    def time(self):
        return CLOCK.read()

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        future = self.create_future()
        started = CLOCK.now
        outer_elapsed = CLOCK.thread_elapsed
        CLOCK.thread_elapsed = 0.0
        result = error = None
        try:
            result = func(*args)
        except BaseException as exc:  # an executor work item reports any exception through its future
            error = exc
        finally:
            elapsed = CLOCK.thread_elapsed
            CLOCK.thread_elapsed = outer_elapsed

        def resolve():
            if future.cancelled():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

        self.call_at(started + elapsed, resolve)
        return future

    def default_exception_handler(self, context):
        RUN.handler_messages.append(_describe_handler_context(context))


class VirtualLoopPolicy(asyncio.DefaultEventLoopPolicy):
    """Makes asyncio.run / new_event_loop in the program build a VirtualEventLoop."""

    _loop_factory = VirtualEventLoop


def _describe_handler_context(context):
    parts = [context.get("message", "")]
    future = context.get("future") or context.get("task")
    if isinstance(future, asyncio.Task):
        parts.append(future.get_name())
    exc = context.get("exception")
    if exc is not None:
        parts.append(repr(exc))
    return ": ".join(parts)


class RunRecord:
    """What one program run observed."""

    def __init__(self):
        self.tasks = 0
        self.prints = []
        self.handler_messages = []


RUN = RunRecord()


def _count_registered_task(task, _add=asyncio.tasks._scheduled_tasks.add):
    """Counts every Task as it registers itself -- created by loop.create_task or constructed as asyncio.Task(...)."""
    RUN.tasks += 1
    _add(task)


# The C Task calls the add method of this very WeakSet object, so an instance attribute intercepts it.
asyncio.tasks._scheduled_tasks.add = _count_registered_task


def _current_task_name():
    if CLOCK.thread_elapsed is not None:
        return None  # an executor "thread" runs outside every task
    try:
        task = asyncio.current_task()
    except RuntimeError:
        return None
    return task.get_name() if task is not None else None


def _virtual_print(*args, sep=" ", end="\n", file=None, flush=False):
    if sep is None:
        sep = " "
    if end is None:
        end = "\n"
    if not isinstance(sep, str):
        raise TypeError(f"sep must be None or a string, not {type(sep).__name__}")
    if not isinstance(end, str):
        raise TypeError(f"end must be None or a string, not {type(end).__name__}")
    text = sep.join(str(arg) for arg in args) + end
    RUN.prints.append({"t": CLOCK.read(), "task": _current_task_name(), "text": text})


def _program_stack(stack):
    """Keeps only the program's frames and drops their column positions, so no caret lines are drawn."""
    kept = [frame for frame in stack if frame.filename == PROGRAM_FILE]
    for frame in kept:
        frame.colno = frame.end_colno = None
    return traceback.StackSummary.from_list(kept)


_SUGGESTING_TYPES = (NameError, AttributeError, ImportError)


def _display_suggestion(exc):
    """The "Did you mean" suffix CPython's own display of an uncaught exception appends to its line.

    CPython 3.12.1 prints an uncaught exception with C code (Python/pythonrun.c + suggestions.c) whose
    suggestions differ from traceback.TracebackException's: NameError searches the frame's variable names, then
    the ``self.`` hint, then globals, then builtins, each on its own; only the exact types NameError,
    AttributeError and ImportError get one; the stdlib-module hint ends in "?". So the suffix is taken from that
    display itself, run on the exception alone (no chain, no notes).
    """
    if type(exc) not in _SUGGESTING_TYPES:
        return ""
    saved = exc.__cause__, exc.__context__, exc.__suppress_context__, exc.__dict__.pop("__notes__", None)
    captured, real_stderr = io.StringIO(), sys.stderr
    try:
        exc.__cause__ = exc.__context__ = None
        sys.stderr = captured
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = real_stderr
        exc.__cause__, exc.__context__, exc.__suppress_context__, notes = saved
        if notes is not None:
            exc.__notes__ = notes
    text = captured.getvalue()
    line = f"{type(exc).__name__}: {exc}"
    at = text.rfind(line)
    return text[at + len(line):].rstrip("\n") if at >= 0 else ""


def _normalise(report, exc):
    """Applies _program_stack and the display's own suggestions to a TracebackException and everything chained or
    grouped under it (``exc`` is the exception ``report`` was made from)."""
    pending, seen = [(report, exc)], set()
    while pending:
        current, value = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.stack = _program_stack(current.stack)
        current._str = traceback._safe_string(value, "exception") + _display_suggestion(value)
        pending.append((current.__cause__, value.__cause__))
        pending.append((current.__context__, value.__context__))
        pending.extend(zip(current.exceptions or [], getattr(value, "exceptions", [])))


def format_traceback(exc, source):
    """CPython's own traceback text (traceback.TracebackException: chains, exception groups, notes,
    "[Previous line repeated N more times]"; "Did you mean" suggestions as the interpreter's display prints them)
    with library frames and caret lines removed and without its final newline.

    The program is compiled from a string, so its lines are put into linecache under ``<program>`` as CPython
    would read them from a file.
    """
    linecache.cache[PROGRAM_FILE] = (len(source), None, [line + "\n" for line in source.splitlines()],
                                     PROGRAM_FILE)
    report = traceback.TracebackException.from_exception(exc)
    _normalise(report, exc)
    return "".join(report.format()).rstrip("\n")


def exception_info(exc, source):
    info = {
        "type": type(exc).__name__,
        "message": str(exc),
        "traceback": format_traceback(exc, source),
    }
    if isinstance(exc, BaseExceptionGroup):
        info["exceptions"] = [exception_info(sub, source) for sub in exc.exceptions]
    return info


class PerturbedTaskSet(set):
    """A set of tasks that iterates in creation order, forwards or backwards, instead of CPython's address order.

    CPython iterates a few sets of tasks (``asyncio.run``'s shutdown cancellation, ``TaskGroup``'s abort,
    ``asyncio.wait``'s results, ``as_completed``'s wrapping, ``all_tasks()``) in memory-address order, which is
    usually, but not reliably, the same from run to run. A program whose result changes when those sets iterate
    in another order is no corpus case: the runner runs it again with these sets perturbed and compares.
    """

    reverse = False

    def __iter__(self):
        return iter(sorted(set.__iter__(self), key=_creation_number, reverse=self.reverse))

    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}" if self else "set()"


_CREATION_ORDER = None  # weak map: task or future -> creation number, filled only in a perturbed run
_CREATION_COUNTER = None


def _creation_number(item):
    number = _CREATION_ORDER.get(item)
    if number is None:  # a plain future, first seen here (only tasks are numbered when created)
        number = _CREATION_ORDER[item] = next(_CREATION_COUNTER)
    return number


def _perturb_set_order(direction):
    """Makes every set of tasks CPython iterates in address order iterate in creation order (``direction``)."""
    global _CREATION_ORDER, _CREATION_COUNTER
    import itertools
    import weakref
    from asyncio import coroutines, futures, taskgroups, tasks

    _CREATION_ORDER = weakref.WeakKeyDictionary()
    _CREATION_COUNTER = itertools.count()
    PerturbedTaskSet.reverse = direction == "reverse"
    count_task = asyncio.tasks._scheduled_tasks.add

    def numbering_count(task):
        _CREATION_ORDER[task] = next(_CREATION_COUNTER)
        count_task(task)

    asyncio.tasks._scheduled_tasks.add = numbering_count

    original_all_tasks = tasks.all_tasks

    def all_tasks(loop=None):
        return PerturbedTaskSet(original_all_tasks(loop))

    tasks.all_tasks = asyncio.all_tasks = all_tasks  # runners._cancel_all_tasks calls tasks.all_tasks

    original_group_init = taskgroups.TaskGroup.__init__

    def group_init(self):
        original_group_init(self)
        self._tasks = PerturbedTaskSet()  # _abort cancels the children in this set's order

    taskgroups.TaskGroup.__init__ = group_init

    original_wait = tasks._wait

    async def _wait(fs, timeout, return_when, loop):
        done, pending = await original_wait(PerturbedTaskSet(fs), timeout, return_when, loop)
        return PerturbedTaskSet(done), PerturbedTaskSet(pending)

    tasks._wait = _wait  # wait() calls it after fs = set(fs)

    original_as_completed = tasks.as_completed

    def as_completed(fs, *, timeout=None):
        # CPython wraps coroutines in tasks while iterating set(fs): do it first, in perturbed order.
        if not futures.isfuture(fs) and not coroutines.iscoroutine(fs):
            unique = list(dict.fromkeys(fs))
            if PerturbedTaskSet.reverse:
                unique.reverse()
            loop = events.get_event_loop()
            fs = [tasks.ensure_future(f, loop=loop) for f in unique]
        yield from original_as_completed(fs, timeout=timeout)

    tasks.as_completed = asyncio.as_completed = as_completed


class _Patches:
    """Installs the virtual clock, print capture and loop policy for one run, and undoes them."""

    TIME_FUNCTIONS = ("sleep", "time", "monotonic", "perf_counter")

    def __enter__(self):
        self.saved_time = {name: getattr(time, name) for name in self.TIME_FUNCTIONS}
        self.saved_print = builtins.print
        self.saved_policy = events._event_loop_policy
        self.saved_main = sys.modules.get("__main__")
        time.sleep = CLOCK.sleep
        time.time = time.monotonic = time.perf_counter = CLOCK.read
        builtins.print = _virtual_print
        asyncio.set_event_loop_policy(VirtualLoopPolicy())
        return self

    def __exit__(self, *exc_info):
        for name, function in self.saved_time.items():
            setattr(time, name, function)
        builtins.print = self.saved_print
        events._event_loop_policy = self.saved_policy
        sys.modules["__main__"] = self.saved_main
        return False


def run_program(source, collect_warnings=True):
    """Runs one program from a fresh state and returns the corpus result dict."""
    global CLOCK, RUN
    CLOCK = VirtualClock()
    RUN = RunRecord()
    module = types.ModuleType("__main__")
    module.__dict__["__builtins__"] = builtins
    caught = None
    with warnings.catch_warnings(record=True) as recorded, _Patches():
        warnings.simplefilter("always")
        sys.modules["__main__"] = module
        try:
            code = compile(source, PROGRAM_FILE, "exec")
            exec(code, module.__dict__)
        except Deadlock:
            raise
        except BaseException as exc:  # the program's uncaught exception is its result
            caught = exc
        end_time = CLOCK.now
        exception = exception_info(caught, source) if caught is not None else None
        caught = None  # its traceback holds the program's frames, and through them its tasks
        if collect_warnings:
            # Finalise everything the program left behind so unawaited coroutines and unretrieved task
            # exceptions are reported now, deterministically, not at interpreter exit.
            module.__dict__.clear()
            policy = events._event_loop_policy
            if policy is not None and policy._local._loop is not None:
                policy._local._loop = None
            for _ in range(3):
                gc.collect()
    result = {
        "status": "failed" if exception is not None else "completed",
        "stdout": "".join(entry["text"] for entry in RUN.prints),
        "exception": exception,
        "virtualTime": end_time,
        "tasks": RUN.tasks,
        "prints": RUN.prints,
        "warnings": sorted(
            [f"{w.category.__name__}: {w.message}" for w in recorded] + RUN.handler_messages),
    }
    return result


def to_json(result):
    return json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _run_one_in_this_process(path):
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    try:
        result = run_program(source)
    except Deadlock as exc:
        sys.stdout.write(json.dumps({"deadlock": str(exc)}))
        return
    sys.stdout.write(to_json(result))


def _run_in_subprocess(path, hash_seed, set_order=None):
    env = dict(os.environ, PYTHONHASHSEED=str(hash_seed))
    perturb = ["--set-order", set_order] if set_order else []
    done = subprocess.run([sys.executable, __file__, "--run-one", path, *perturb], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"{path}: runner crashed:\n{done.stderr}")
    return done.stdout


def _problems(path, output):
    data = json.loads(output)
    if "deadlock" in data:
        return [f"deadlocks ({data['deadlock']})"]
    problems = []
    for warning in data["warnings"]:
        known = ("RuntimeWarning: coroutine '", "Task exception was never retrieved: ")
        if not warning.startswith(known):
            problems.append(f"warning outside the contract: {warning}")
    return problems


SET_ORDERS = ("forward", "reverse")


def _first_difference(normal, perturbed, where="result"):
    """Names the first place where two run results differ, with both values."""
    if isinstance(normal, dict) and isinstance(perturbed, dict):
        for key in sorted(set(normal) | set(perturbed)):
            if normal.get(key) != perturbed.get(key):
                return _first_difference(normal.get(key), perturbed.get(key), f"{where}.{key}")
    if isinstance(normal, list) and isinstance(perturbed, list):
        for index, (a, b) in enumerate(zip(normal, perturbed)):
            if a != b:  # a whole print entry (time, task, text) reads better than one of its fields
                return _first_difference(a, b, f"{where}[{index}]") if isinstance(a, list) else \
                    f"{where}[{index}] is {json.dumps(b, ensure_ascii=False)} instead of {json.dumps(a, ensure_ascii=False)}"
        if len(normal) != len(perturbed):
            return f"{where} has {len(perturbed)} entries instead of {len(normal)}"
    return f"{where} is {json.dumps(perturbed, ensure_ascii=False)} instead of {json.dumps(normal, ensure_ascii=False)}"


def _collect(paths):
    programs = []
    for path in paths:
        if os.path.isdir(path):
            programs.extend(os.path.join(path, name) for name in sorted(os.listdir(path)) if name.endswith(".py"))
        else:
            programs.append(path)
    return programs


def generate(paths, check):
    failures = 0
    for path in _collect(paths):
        first = _run_in_subprocess(path, 0)
        problems = _problems(path, first)
        if not problems and _run_in_subprocess(path, 1) != first:
            problems.append("result differs between runs (hash order, addresses or wall clock leak in)")
        for set_order in SET_ORDERS:
            if problems:
                break
            perturbed = _run_in_subprocess(path, 0, set_order)
            if perturbed != first:
                problems.append("depends on the iteration order of a set of tasks (CPython orders it by memory "
                                f"address): with those sets in {set_order} creation order, "
                                + _first_difference(json.loads(first), json.loads(perturbed)))
        target = path[:-3] + ".expected.json"
        if problems:
            failures += 1
            print(f"REFUSED {path}: " + "; ".join(problems), file=sys.stderr)
            continue
        if check:
            current = open(target, encoding="utf-8").read() if os.path.exists(target) else None
            if current != first:
                failures += 1
                print(f"DIFFERS {target}", file=sys.stderr)
            continue
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(first)
        status = json.loads(first)["status"]
        print(f"wrote {target} ({status})")
    return 1 if failures else 0


def bench(rounds, paths):
    medians = []
    for path in _collect(paths):
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        for _ in range(3):  # warm-up
            run_program(source, collect_warnings=False)
        samples = []
        for _ in range(rounds):
            started = _real_perf_counter()
            run_program(source, collect_warnings=False)
            samples.append((_real_perf_counter() - started) * 1e6)
        median = statistics.median(samples)
        medians.append(median)
        sys.__stdout__.write(f"BENCH {os.path.basename(path)[:-3]} {median:.1f}\n")
    if medians:
        sys.__stdout__.write(f"BENCH-MEDIAN {statistics.median(medians):.1f}\n")
    return 0


def main(argv):
    if len(argv) >= 2 and argv[0] == "--run-one":
        if argv[2:3] == ["--set-order"]:
            _perturb_set_order(argv[3])
        _run_one_in_this_process(argv[1])
        return 0
    if len(argv) >= 3 and argv[0] == "--bench":
        return bench(int(argv[1]), argv[2:])
    check = bool(argv) and argv[0] == "--check"
    paths = argv[1:] if check else argv
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    return generate(paths, check)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
