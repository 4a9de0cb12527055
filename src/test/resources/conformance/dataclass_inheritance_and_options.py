from dataclasses import dataclass, field, KW_ONLY
import dataclasses


@dataclass
class Base:
    id: int
    name: str = "anon"

    def describe(self):
        return f"{type(self).__name__}#{self.id}"


@dataclass
class Employee(Base):
    salary: float = 0.0
    skills: list = field(default_factory=list)


@dataclass(eq=False)
class Handle:
    fd: int


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(compare=False, default="x")


@dataclass(kw_only=True)
class Options:
    retries: int = 3
    verbose: bool = False


@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = 1


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return dataclasses.replace(self, minor=self.minor + 1)


e = Employee(7, "eve", 100.5)
print(e, e.describe(), isinstance(e, Base), Employee.__mro__[1].__name__)
print([f.name for f in dataclasses.fields(e)], Employee(1) == Employee(1), Base(1) == Employee(1))
h = Handle(3)
print(h == Handle(3), h == h, hash(h) == hash(h))
print(Key(1, "p") == Key(1, "q"), hash(Key(1, "p")) == hash(Key(1, "q")), len({Key(1), Key(1, "z"), Key(2)}))
print(Options(verbose=True), Mixed(1, z=5), Mixed(2))
try:
    Options(5)
except TypeError as e2:
    print("TypeError:", e2)
try:
    Mixed(1, 2)
except TypeError as e2:
    print("TypeError:", e2)
v = Version(1, 2)
print(v.bump(), v < v.bump(), sorted([Version(2), Version(1, 9), Version(1, 10)]), max(Version(0, 1), Version(0, 0)))
print({v: "release"}[Version(1, 2)], Version.__hash__ is not None, Base.__hash__ is None)
print(Base.__eq__ is not object.__eq__, Version(1) == (1, 0), Version(1).__eq__((1, 0)))
print(repr(dataclasses.field(default=1))[:6], dataclasses.is_dataclass(Version), dataclasses.is_dataclass(v))
print(dataclasses.asdict(Employee(1, skills=["go", Version(1)])))
