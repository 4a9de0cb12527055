from dataclasses import dataclass, field, asdict, fields, replace
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, hash(p) == hash(P(1, 0)), asdict(p), [f.name for f in fields(p)], replace(p, y=5))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Q:
    items: list = field(default_factory=list)
    def __post_init__(self):
        self.items.append("init")
print(Q(), Q([1]))
try:
    Q(1, 2)
except TypeError as e:
    print(e)
@dataclass
class R(Q):
    name: str = "r"
print(R(), R([], "z") == R([], "z"))
