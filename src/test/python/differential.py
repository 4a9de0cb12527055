"""Differential tester: random asyncio programs through CPython 3.12 (the virtual-clock runner) and the engine.

    PYENV_VERSION=3.12.1 python3 src/test/python/differential.py --seed 1 --count 500

Program ``k`` of a campaign is ``asyncio_program_generator.generate(SEED + k)``, so every program is reproducible
from its seed alone. Each one runs

* in CPython 3.12 through ``vclock_runner.run_program`` in a forked child of this (warmed) process -- a fresh
  process per program as the runner requires, without paying interpreter start-up each time; at most
  ``--jobs`` (default 2) children at once;
* in the engine through ``io.loopwise.engine.conformance.DifferentialEngineDriver``, one long-lived JVM that
  compares with ConformanceTest's own ``ResultDiff`` (status, stdout, exception, virtualTime, tasks, prints with
  t/task, warnings).

Programs that deadlock in CPython, or whose warnings fall outside the contract, are skipped (the runner refuses
them). A mismatch is confirmed with the runner's own command-line path (a subprocess per program, two hash
seeds), then delta-minimised -- statements, blocks and whole scenarios are dropped and compound statements
unwrapped while the first differing field stays the same -- and written to ``target/differential/``:
``seed-N.py`` (original), ``seed-N.min.py`` (minimal), ``seed-N.min.expected.json`` (CPython) and
``seed-N.diff.txt`` (the engine's differences); one program per kind of difference is minimised first. ``--replay FILE.py...`` checks given programs; ``--no-minimise`` skips
minimisation; ``--classes DIR`` builds the engine into DIR (to test a fix while a campaign runs). The summary line is ``N run, K skipped, M mismatches``.
"""

import argparse
import glob
import json
import os
import re
import select
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)

import asyncio_program_generator  # noqa: E402
import vclock_runner  # noqa: E402

OUT = os.path.join(ROOT, "target", "differential")
CLASSES = os.path.join(OUT, "classes")
DRIVER = "io.loopwise.engine.conformance.DifferentialEngineDriver"
CHILD_TIMEOUT = 30.0


# -- CPython side ---------------------------------------------------------------------------------------------


def _child(source, write_fd):
    try:
        try:
            result = vclock_runner.run_program(source)
            problems = []
            for warning in result["warnings"]:
                if not warning.startswith(("RuntimeWarning: coroutine '", "Task exception was never retrieved: ")):
                    problems.append(f"warning outside the contract: {warning}")
            payload = {"skip": "; ".join(problems)} if problems else {"result": result}
        except vclock_runner.Deadlock as exc:
            payload = {"skip": f"deadlocks ({exc})"}
        data = json.dumps(payload).encode("utf-8")
    except BaseException as exc:  # the runner itself broke: report, never hang the parent
        data = json.dumps({"skip": f"runner error: {exc!r}"}).encode("utf-8")
    view = memoryview(data)
    while view:
        written = os.write(write_fd, view)
        view = view[written:]
    os._exit(0)


class CPythonPool:
    """Runs programs in forked children of this process, at most ``jobs`` at once."""

    def __init__(self, jobs):
        self.jobs = jobs

    def run_all(self, items):
        """items: iterable of (key, source); yields (key, payload) as children finish."""
        items = iter(items)
        running = {}  # fd -> [key, pid, chunks, started]
        exhausted = False
        while running or not exhausted:
            while not exhausted and len(running) < self.jobs:
                try:
                    key, source = next(items)
                except StopIteration:
                    exhausted = True
                    break
                read_fd, write_fd = os.pipe()
                sys.stdout.flush()
                sys.stderr.flush()
                pid = os.fork()
                if pid == 0:
                    os.close(read_fd)
                    _child(source, write_fd)
                os.close(write_fd)
                running[read_fd] = [key, pid, [], time.monotonic()]
            if not running:
                break
            ready, _, _ = select.select(list(running), [], [], 1.0)
            for fd in ready:
                chunk = os.read(fd, 1 << 16)
                if chunk:
                    running[fd][2].append(chunk)
                    continue
                key, pid, chunks, _ = running.pop(fd)
                os.close(fd)
                os.waitpid(pid, 0)
                try:
                    payload = json.loads(b"".join(chunks).decode("utf-8"))
                except ValueError:
                    payload = {"skip": "runner child died"}
                yield key, payload
            now = time.monotonic()
            for fd, (key, pid, _, started) in list(running.items()):
                if now - started > CHILD_TIMEOUT:
                    os.kill(pid, 9)
                    os.waitpid(pid, 0)
                    os.close(fd)
                    del running[fd]
                    yield key, {"skip": "CPython run timed out"}

    def run_one(self, source):
        for _, payload in self.run_all([(0, source)]):
            return payload
        return {"skip": "no result"}


def official_expectation(path):
    """The runner's command-line path (subprocess per run, two hash seeds): writes PATH.expected.json."""
    done = subprocess.run([sys.executable, os.path.join(HERE, "vclock_runner.py"), path],
                          capture_output=True, text=True, timeout=120)
    return done.returncode == 0, done.stderr.strip()


# -- engine side ------------------------------------------------------------------------------------------------


def _jackson_jars():
    jars = []
    for artifact in ("jackson-databind", "jackson-core", "jackson-annotations"):
        pattern = os.path.expanduser(f"~/.m2/repository/com/fasterxml/jackson/core/{artifact}/*/{artifact}-*.jar")
        found = sorted((p for p in glob.glob(pattern) if not p.endswith(("-sources.jar", "-javadoc.jar"))),
                       key=lambda p: [int(x) if x.isdigit() else 0
                                      for x in os.path.basename(os.path.dirname(p)).split(".")])
        if not found:
            sys.exit(f"no {artifact} jar in ~/.m2 (run ./mvnw test-compile once)")
        jars.append(found[-1])
    return jars


def compile_engine():
    """javac the engine plus the conformance comparison classes into CLASSES (target/differential/classes)."""
    sources = glob.glob(os.path.join(ROOT, "src/main/java/io/loopwise/engine/**/*.java"), recursive=True)
    conformance = os.path.join(ROOT, "src/test/java/io/loopwise/engine/conformance")
    sources += [os.path.join(conformance, name) for name in
                ("ComparableResult.java", "ResultDiff.java", "DifferentialEngineDriver.java")]
    os.makedirs(CLASSES, exist_ok=True)
    done = subprocess.run(["javac", "-nowarn", "-d", CLASSES, "-cp", os.pathsep.join(_jackson_jars())] + sources,
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("javac failed:\n" + done.stderr)


class Engine:
    """One JVM running DifferentialEngineDriver; ``diffs(program, expected)`` asks it about one program."""

    def __init__(self):
        classpath = os.pathsep.join([CLASSES] + _jackson_jars())
        self.process = subprocess.Popen(["java", "-XX:+UseSerialGC", "-Xss16m", "-cp", classpath, DRIVER],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        encoding="utf-8", bufsize=1)

    def diffs(self, program_path, expected_path):
        self.process.stdin.write(f"{program_path}\t{expected_path}\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("engine driver died")
        return json.loads(line)["diffs"]

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


# -- comparing and minimising ---------------------------------------------------------------------------------


class Checker:
    """Runs one source on both sides; the scratch files live in target/differential/work."""

    def __init__(self, pool, engine):
        self.pool = pool
        self.engine = engine
        self.work = os.path.join(OUT, "work")
        os.makedirs(self.work, exist_ok=True)

    def compare(self, source, payload, tag="scratch"):
        """(None, skip reason) or (diffs, None) for a source whose CPython payload is known."""
        if "skip" in payload:
            return None, payload["skip"]
        program = os.path.join(self.work, f"{tag}.py")
        expected = os.path.join(self.work, f"{tag}.expected.json")
        with open(program, "w", encoding="utf-8") as handle:
            handle.write(source)
        with open(expected, "w", encoding="utf-8") as handle:
            handle.write(vclock_runner.to_json(payload["result"]))
        return self.engine.diffs(program, expected), None

    def check(self, source, tag="scratch"):
        try:
            compile(source, "<program>", "exec")
        except SyntaxError:
            return None, "syntax error"
        return self.compare(source, self.pool.run_one(source), tag)


def _signature(diff):
    """A mismatch's kind: its first line with the scenario prefixes, numbers and task names blurred."""
    line = diff.splitlines()[0]
    line = re.sub(r"\bs\d+\b", "sK", line)
    line = re.sub(r"Task-\d+|\bsK-\w+", "TASK", line)
    return re.sub(r"\d+(\.\d+)?", "N", line)[:160]


def _field(diff):
    return diff.split(":", 1)[0]


def _indent(line):
    return len(line) - len(line.lstrip(" "))


def _unit_end(lines, start):
    """End (exclusive) of the statement starting at ``start``: the line plus its indented block (and a
    decorator's function)."""
    base = _indent(lines[start])
    end = start + 1
    if lines[start].lstrip().startswith("@"):
        end += 1  # the decorated def line
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > base):
        end += 1
    return end


def _candidates(lines):
    """Smaller variants of ``lines``: each statement dropped, replaced by ``pass``, or unwrapped."""
    for start in range(len(lines)):
        if not lines[start].strip():
            continue
        end = _unit_end(lines, start)
        yield lines[:start] + lines[end:]
        indent = " " * _indent(lines[start])
        if end - start > 1 or lines[start].rstrip().endswith(":"):
            yield lines[:start] + [indent + "pass"] + lines[end:]
        header = lines[start].strip()
        if header.endswith(":") and end - start > 1 and not header.startswith(("def ", "async def ", "class ")):
            body = [line[4:] if line.startswith(indent + "    ") else line for line in lines[start + 1:end]]
            clauses_end = end
            if header == "try:" or header.startswith(("if ", "for ", "while ", "async for ")):
                # the try's handlers / the else branch go with it
                while clauses_end < len(lines) and _indent(lines[clauses_end]) == len(indent) and \
                        lines[clauses_end].strip().startswith(("except", "else:", "finally:", "elif ")):
                    clauses_end = _unit_end(lines, clauses_end)
            yield lines[:start] + body + lines[clauses_end:]


def minimise(checker, source, first_field, budget=400):
    """Greedy delta-minimisation: keep any smaller variant whose first differing field is still ``first_field``."""
    lines = source.rstrip("\n").split("\n")
    tries = 0
    changed = True
    while changed and tries < budget:
        changed = False
        for candidate in _candidates(lines):
            if tries >= budget:
                break
            text = "\n".join(candidate) + "\n"
            try:
                compile(text, "<program>", "exec")
            except SyntaxError:
                continue
            tries += 1
            diffs, _ = checker.check(text)
            if diffs and _field(diffs[0]) == first_field:
                lines = candidate
                changed = True
                break
    return "\n".join(lines) + "\n", tries


def report_mismatch(checker, name, source, diffs, do_minimise):
    os.makedirs(OUT, exist_ok=True)
    original = os.path.join(OUT, f"{name}.py")
    with open(original, "w", encoding="utf-8") as handle:
        handle.write(source)
    confirmed, why = official_expectation(original)
    if not confirmed:
        return f"not confirmed by the runner's command line ({why.splitlines()[-1] if why else '?'})"
    diffs = checker.engine.diffs(original, original[:-3] + ".expected.json")
    if not diffs:
        return "not confirmed (the runner's command line agrees with the engine)"
    minimal = source
    tries = 0
    if do_minimise:
        minimal, tries = minimise(checker, source, _field(diffs[0]))
    minimal_path = os.path.join(OUT, f"{name}.min.py")
    with open(minimal_path, "w", encoding="utf-8") as handle:
        handle.write(minimal)
    official_expectation(minimal_path)
    expected = minimal_path[:-3] + ".expected.json"
    min_diffs = checker.engine.diffs(minimal_path, expected) if os.path.exists(expected) else diffs
    with open(os.path.join(OUT, f"{name}.diff.txt"), "w", encoding="utf-8") as handle:
        handle.write("original:\n  " + "\n  ".join(diffs) + "\n\nminimal:\n  " + "\n  ".join(min_diffs) + "\n")
    return f"{len(source.splitlines())} -> {len(minimal.splitlines())} lines ({tries} tries): " + \
        (min_diffs[0].splitlines()[0] if min_diffs else diffs[0].splitlines()[0])


def campaign(args, checker):
    run = skipped = 0
    mismatches = []
    skip_reasons = {}
    started = time.monotonic()
    sources = {}  # programs handed to the pool and not yet compared

    def programs():
        for seed in range(args.seed, args.seed + args.count):
            sources[seed] = asyncio_program_generator.generate(seed)
            yield seed, sources[seed]

    pending = []
    for seed, payload in checker.pool.run_all(programs()):
        source = sources.pop(seed)
        diffs, skip = checker.compare(source, payload, tag=f"p{seed % 4}")
        run += 1
        if skip is not None:
            skipped += 1
            reason = skip.split(" (")[0][:60]
            skip_reasons[reason] = skip_reasons.get(reason, 0) + 1
            continue
        if diffs:
            pending.append((seed, source, diffs))
            print(f"MISMATCH seed-{seed}: {diffs[0].splitlines()[0]}", flush=True)
        if run % 100 == 0:
            print(f"... {run} run, {skipped} skipped, {len(pending)} mismatches "
                  f"({time.monotonic() - started:.0f} s)", flush=True)
    # One report per kind of difference first (the same bug tends to show in many programs), smallest first.
    groups = {}
    for seed, source, diffs in sorted(pending, key=lambda item: len(item[1])):
        groups.setdefault(_signature(diffs[0]), []).append((seed, source, diffs))
    order = [items[0] for items in groups.values()] + [item for items in groups.values() for item in items[1:]]
    for seed, source, diffs in order[:args.max_reports]:
        outcome = report_mismatch(checker, f"seed-{seed}", source, diffs, not args.no_minimise)
        mismatches.append((seed, outcome))
        print(f"REPORT seed-{seed}: {outcome}", flush=True)
    for signature, items in groups.items():
        print(f"  {len(items)} x {signature}: seeds {' '.join(str(item[0]) for item in items[:8])}")
    print(f"{run} run, {skipped} skipped, {len(pending)} mismatches "
          f"(seeds {args.seed}..{args.seed + args.count - 1}, {time.monotonic() - started:.0f} s)")
    for reason, count in sorted(skip_reasons.items()):
        print(f"  skipped {count}: {reason}")
    return 1 if pending else 0


def replay(args, checker):
    status = 0
    for path in args.replay:
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        diffs, skip = checker.check(source)
        if skip:
            print(f"SKIP {path}: {skip}")
        elif diffs:
            status = 1
            print(f"MISMATCH {path}:\n  " + "\n  ".join(diffs))
            if not args.no_minimise:
                name = os.path.basename(path)[:-3] + "-replay"
                print(f"REPORT {name}: " + report_mismatch(checker, name, source, diffs, True))
        else:
            print(f"OK {path}")
    return status


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2, help="CPython children at once (the machine is shared)")
    parser.add_argument("--max-reports", type=int, default=20, help="mismatches to confirm and minimise")
    parser.add_argument("--no-minimise", action="store_true")
    parser.add_argument("--no-compile", action="store_true", help="reuse target/differential/classes")
    parser.add_argument("--classes", help="compile into / run from this directory instead of "
                                          "target/differential/classes (e.g. beside a running campaign)")
    parser.add_argument("--replay", nargs="+", metavar="FILE.py")
    args = parser.parse_args(argv)
    if args.classes:
        global CLASSES
        CLASSES = os.path.abspath(args.classes)
    if os.environ.get("PYTHONHASHSEED") != "0":
        # One fixed string-hash seed for the forked CPython runs (the confirmation run tries two).
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))
    if sys.version_info[:3] != (3, 12, 1):
        print(f"warning: the reference is CPython 3.12.1, this is {sys.version.split()[0]}", file=sys.stderr)
    if not args.no_compile:
        compile_engine()
    engine = Engine()
    try:
        checker = Checker(CPythonPool(args.jobs), engine)
        return replay(args, checker) if args.replay else campaign(args, checker)
    finally:
        engine.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
