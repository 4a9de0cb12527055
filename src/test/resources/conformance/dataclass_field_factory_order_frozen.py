from dataclasses import dataclass, field, FrozenInstanceError
import dataclasses


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    total: int = field(init=False, default=0)

    def __post_init__(self):
        self.total = sum(self.items.values())


jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
print(sorted(jobs))
print(Job(1, "x") == Job(1, "y"), Job(1, "x") < Job(2, "a"), Job(1, "x") <= Job(1, "z"))
j = Job(5, "e")
j.tags.append("urgent")
print(j, j.tags, Job(6, "f").tags)
c = Config("localhost")
print(c, c == Config("localhost", 8080), hash(c) == hash(Config("localhost")))
try:
    c.port = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del c.host
except FrozenInstanceError as e:
    print(type(e).__name__, e)
inv = Inventory({"apple": 3, "pear": 4})
print(inv, inv.total)
print(dataclasses.asdict(inv), dataclasses.astuple(Config("h", 1)))
print([f.name for f in dataclasses.fields(Job)], dataclasses.is_dataclass(j), dataclasses.is_dataclass(5))
print(dataclasses.replace(c, port=9000), c)
try:
    Job()
except TypeError as e:
    print("TypeError:", e)
try:
    Inventory({}, 3)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(FrozenInstanceError("x"), AttributeError))
