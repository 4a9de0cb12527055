TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "finish"): "done",
    ("paused", "cancel"): "cancelled",
}


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state!r}")
        self.state, self.event = state, event


class Machine:
    def __init__(self):
        self.state = "idle"
        self.history = [self.state]

    def fire(self, event):
        try:
            self.state = TRANSITIONS[(self.state, event)]
        except KeyError:
            raise InvalidTransition(self.state, event) from None
        self.history.append(self.state)
        return self

    @property
    def terminal(self):
        return self.state in {"done", "cancelled"}


m = Machine()
m.fire("start").fire("pause").fire("resume")
print(m.state, m.terminal, " -> ".join(m.history))
for event in ["start", "finish", "finish"]:
    try:
        m.fire(event)
        print("ok", event, m.state)
    except InvalidTransition as e:
        print(f"{type(e).__name__}: {e} [{e.state}/{e.event}]", e.__cause__, e.__suppress_context__)
print(m.terminal, len(m.history), sorted({s for s, _ in TRANSITIONS}), max(TRANSITIONS, key=lambda k: len(k[1])))
reachable = {"idle"}
frontier = ["idle"]
while frontier:
    current = frontier.pop()
    for (src, _), dst in TRANSITIONS.items():
        if src == current and dst not in reachable:
            reachable.add(dst)
            frontier.append(dst)
print(sorted(reachable), len(reachable) == len(set(TRANSITIONS.values()) | {"idle"}))
m2 = Machine()
m2.fire("start")
m2.fire("finish")
m2.fire("start")
