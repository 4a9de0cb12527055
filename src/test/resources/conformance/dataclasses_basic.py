from dataclasses import dataclass, field

@dataclass
class Job:
    name: str
    priority: int = 0
    tags: list = field(default_factory=list)

@dataclass(order=True)
class Version:
    major: int
    minor: int

j = Job("build")
j.tags.append("ci")
print(j)
print(Job("test", 2) == Job("test", 2), Job("a") == Job("b"))
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
print(Version(2, 0) > Version(1, 9))
