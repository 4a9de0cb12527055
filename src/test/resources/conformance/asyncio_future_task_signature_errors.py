# Future and Task are C types in CPython (_asyncio): their argument errors keep Argument Clinic's and
# METH_NOARGS/METH_O's wording
import asyncio


def attempt(label, call):
    try:
        result = call()
    except TypeError as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", type(result).__name__)


async def work():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    attempt("fut.set_result()", lambda: fut.set_result())
    attempt("fut.set_result(1, 2)", lambda: fut.set_result(1, 2))
    attempt("fut.set_result(x=1)", lambda: fut.set_result(x=1))
    attempt("fut.set_result(1, x=2)", lambda: fut.set_result(1, x=2))
    attempt("fut.set_exception()", lambda: fut.set_exception())
    attempt("fut.result(1)", lambda: fut.result(1))
    attempt("fut.result(x=1)", lambda: fut.result(x=1))
    attempt("fut.exception(1)", lambda: fut.exception(1))
    attempt("fut.done(1)", lambda: fut.done(1))
    attempt("fut.cancelled(1)", lambda: fut.cancelled(1))
    attempt("fut.cancel(1, 2)", lambda: fut.cancel(1, 2))
    attempt("fut.cancel(x=2)", lambda: fut.cancel(x=2))
    attempt("fut.cancel(1, msg=2)", lambda: fut.cancel(1, msg=2))
    attempt("fut.add_done_callback()", lambda: fut.add_done_callback())
    attempt("fut.add_done_callback(print, 2)", lambda: fut.add_done_callback(print, 2))
    attempt("fut.add_done_callback(print, x=2)", lambda: fut.add_done_callback(print, x=2))
    attempt("fut.add_done_callback(fn=print)", lambda: fut.add_done_callback(fn=print))
    attempt("fut.remove_done_callback()", lambda: fut.remove_done_callback())
    attempt("fut.remove_done_callback(1, 2)", lambda: fut.remove_done_callback(1, 2))
    attempt("fut.get_loop(1)", lambda: fut.get_loop(1))
    attempt("Future(1)", lambda: asyncio.Future(1))
    attempt("Future(x=1)", lambda: asyncio.Future(x=1))
    task = asyncio.create_task(work())
    attempt("task.set_name()", lambda: task.set_name())
    attempt("task.set_name(1, 2)", lambda: task.set_name(1, 2))
    attempt("task.set_name(x=1)", lambda: task.set_name(x=1))
    attempt("task.get_name(1)", lambda: task.get_name(1))
    attempt("task.get_coro(1)", lambda: task.get_coro(1))
    attempt("task.cancelling(1)", lambda: task.cancelling(1))
    attempt("task.uncancel(1)", lambda: task.uncancel(1))
    attempt("task.set_result()", lambda: task.set_result())
    attempt("task.set_exception(1, 2)", lambda: task.set_exception(1, 2))
    attempt("task.result(1)", lambda: task.result(1))
    attempt("task.done(1)", lambda: task.done(1))
    attempt("task.cancelled(x=1)", lambda: task.cancelled(x=1))
    attempt("task.exception(1)", lambda: task.exception(1))
    attempt("task.cancel(1, 2)", lambda: task.cancel(1, 2))
    attempt("Task()", lambda: asyncio.Task())
    attempt("Task(1, 2)", lambda: asyncio.Task(1, 2))
    coro = work()
    attempt("Task(coro, x=2)", lambda: asyncio.Task(coro, x=2))
    coro.close()
    print(await task)


asyncio.run(main())
