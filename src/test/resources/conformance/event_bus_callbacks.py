class EventBus:
    def __init__(self):
        self._handlers = {}

    def on(self, event, handler=None, *, once=False):
        def register(fn):
            self._handlers.setdefault(event, []).append((fn, once))
            return fn
        return register(handler) if handler is not None else register

    def emit(self, event, *args, **kwargs):
        results = []
        remaining = []
        for fn, once in self._handlers.get(event, []):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {e!r}")
            if not once:
                remaining.append((fn, once))
        self._handlers[event] = remaining
        return results


bus = EventBus()


@bus.on("order")
def log_order(order_id, *, amount=0):
    return f"log {order_id} {amount}"


@bus.on("order", once=True)
def welcome(order_id, **kw):
    return f"welcome {order_id} {sorted(kw)}"


def fail(order_id, **_):
    raise RuntimeError(f"cannot ship {order_id}")


bus.on("order", fail)
print(bus.emit("order", 1, amount=9.5))
print(bus.emit("order", 2))
print(bus.emit("unknown"), sorted(bus._handlers), len(bus._handlers["order"]))
handlers = [lambda x, i=i: x * i for i in range(3)]
print([h(10) for h in handlers], [h.__name__ for h in handlers][:1], log_order.__name__)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, *args, **kwargs):
        self.n += 1
        return self.n


c = Counter()
bus.on("tick", c)
bus.on("tick", c)
print(bus.emit("tick"), c.n)
