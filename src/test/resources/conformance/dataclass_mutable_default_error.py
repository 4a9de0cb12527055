from dataclasses import dataclass, field


@dataclass
class Ok:
    name: str
    seen: set = field(default_factory=set)


print(Ok("a"))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

    def add(self, child):
        self.children.append(child)
        return self


tree = Node(1).add(Node(2)).add(Node(3, [Node(4)]))
print(tree)
print(Node(1) == Node(1, []), Node(1) != Node(2))
