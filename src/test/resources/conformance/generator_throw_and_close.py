def worker():
    try:
        while True:
            try:
                job = yield
                print("job", job)
            except ValueError as e:
                print("recovered from", e)
                yield "recovered"
    finally:
        print("cleanup")


w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad job")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("refusing to exit")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def uncaught():
    yield 1


u = uncaught()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(next(u, "done"))


def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        print("finally runs on close")


g = gen_with_return_in_finally()
print(next(g))
g.close()
print("after close")
unstarted = uncaught()
unstarted.close()
print(next(unstarted, "closed before start"))
