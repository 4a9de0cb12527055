def worker():
    try:
        while True:
            item = yield
            print("item", item)
    except KeyError as e:
        print("worker saw", repr(e))
        raise RuntimeError("worker stopped") from e


w = worker()
next(w)
w.send(1)
w.throw(KeyError("stop"))
