class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, priority, kwargs)


class Csv(Plugin, name="csv", priority=2):
    pass


class Json(Plugin):
    pass


options = {"priority": 5}


class Yaml(Plugin, name="yaml", **options):
    pass


class Special(Csv, priority=9):
    pass


print(sorted(Plugin.registry), [(c.plugin_name, c.priority) for c in (Csv, Json, Yaml, Special)])
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(x=1):
        pass
except TypeError as e:
    print("TypeError:", e)
