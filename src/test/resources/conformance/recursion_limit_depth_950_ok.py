# CPython's default recursion limit is 1000 frames: recursion 950 deep works, in plain functions, methods,
# keyword calls and generators delegating with yield from; an __init__ chain (which CPython nests through C) 400.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def with_keywords(n, *, acc=0):
    if n == 0:
        return acc
    return with_keywords(n - 1, acc=acc + 1)


class Walker:
    def walk(self, n):
        return n if n == 0 else self.walk(n - 1) + 1


class Node:
    def __init__(self, n):
        self.n = n
        self.child = Node(n - 1) if n > 0 else None


def nested_gen(n):
    if n == 0:
        yield "bottom"
        return
    yield from nested_gen(n - 1)


def count_nodes(node):
    total = 0
    while node is not None:
        total += 1
        node = node.child
    return total


print(depth(950))
print(with_keywords(950))
print(Walker().walk(950))
print(count_nodes(Node(400)))
print(list(nested_gen(900)))
