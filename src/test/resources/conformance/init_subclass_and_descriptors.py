class Plugin:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = getattr(cls, "plugin_alias", None) or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin):
    plugin_alias = "csv"
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name)


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    @property
    def total(self):
        return self.qty * self.price


o = Order(2, 5)
print(o.qty, o.price, o.total, type(Order.qty).__name__, sorted(k for k in o.__dict__))
try:
    o.qty = -1
except ValueError as e:
    print("ValueError:", e)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Report:
    @Lazy
    def data(self):
        print("computing")
        return [1, 2, 3]


rep = Report()
print(rep.data, rep.data, "data" in rep.__dict__)
