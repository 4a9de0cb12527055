def append_to(item, target=[]):
    target.append(item)
    return target


def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_safe(1), append_safe(2))
print(append_to.__defaults__)

counter = 0


def next_id():
    global counter
    counter += 1
    return counter


def make(label, ident=next_id()):
    return f"{label}-{ident}"


print(make("a"), make("b"), counter)
funcs = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([fn(10) for fn in funcs], [fn(10) for fn in late])


def kwonly_default(*, when=[]):
    when.append(len(when))
    return when


print(kwonly_default(), kwonly_default(), kwonly_default.__kwdefaults__)
