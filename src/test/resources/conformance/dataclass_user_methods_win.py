from dataclasses import dataclass, field


@dataclass
class Money:
    cents: int
    currency: str = "USD"

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents


@dataclass(frozen=True)
class Token:
    value: str

    def __hash__(self):
        return len(self.value)


@dataclass
class Task:
    priority: int
    name: str = field(compare=False)

    def __lt__(self, other):
        return self.priority > other.priority


print(Money(150), [Money(5, "EUR")], Money(1, "USD") == Money(1, "EUR"), Money.__hash__)
print(hash(Token("abc")), {Token("x"), Token("y")} == {Token("x")} | {Token("y")})
print(sorted([Task(1, "low"), Task(5, "high")]), Task(1, "a") == Task(1, "b"))
for make in (
    lambda: dataclass(order=True)(type("X", (), {"__annotations__": {"a": int}, "__lt__": lambda s, o: True})),
    lambda: dataclass(order=True, eq=False)(type("Y", (), {"__annotations__": {"a": int}})),
    lambda: dataclass(unsafe_hash=True)(type("Z", (), {"__annotations__": {"a": int}, "__hash__": lambda s: 1})),
):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


@dataclass
class Audit:
    events: list = field(default_factory=list, repr=False)
    count: int = field(default=0, init=False)

    def __post_init__(self):
        self.count = len(self.events)


a = Audit(["x", "y"])
print(a, a.count, a.events, Audit())
try:
    Audit(count=3)
except TypeError as e:
    print("TypeError:", e)
