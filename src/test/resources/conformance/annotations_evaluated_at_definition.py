def typed(a: int, b: "str" = "x", *args: float, flag: bool = False, **kw: dict) -> list:
    return [a]


print(typed(1), typed.__annotations__)


class Node:
    value: int
    next: "Node | None" = None
    count: int = 0

    def link(self, other: "Node") -> "Node":
        self.next = other
        return other


print(Node.__annotations__, Node.count, hasattr(Node, "value"), Node().link.__annotations__)
total: float = 0.5
untyped_later: list
print(total)
try:
    def broken(x: Missing) -> None:
        pass
except NameError as e:
    print("NameError:", e)
try:
    def broken_return() -> AlsoMissing:
        pass
except NameError as e:
    print("NameError:", e)
calls = []


def note(label):
    calls.append(label)
    return label


def ordered(a: note("a"), b: note("b") = note("default")) -> note("ret"):
    pass


print(calls, sorted(ordered.__annotations__.items()))
