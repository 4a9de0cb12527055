REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        cls.registered_as = name
        return cls
    return deco


def add_greeting(cls):
    def greet(self):
        return f"hello from {type(self).__name__}"
    cls.greet = greet
    return cls


@register("worker")
@add_greeting
class Worker:
    pass


@register("boss")
class Boss(Worker):
    pass


print(sorted(REGISTRY), REGISTRY["worker"].__name__, Worker.registered_as, Boss.registered_as)
print(Boss().greet(), Worker().greet())
print(REGISTRY["boss"]().greet())
print(Worker.__name__, Worker.__qualname__, Worker.greet.__name__, Worker.greet.__qualname__)
