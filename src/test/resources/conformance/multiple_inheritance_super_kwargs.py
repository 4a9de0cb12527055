class Base:
    def __init__(self, **kwargs):
        print("Base init, leftover:", kwargs)

class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named init", name)
        self.name = name
        super().__init__(**kwargs)

class Aged(Base):
    def __init__(self, age, **kwargs):
        print("Aged init", age)
        self.age = age
        super().__init__(**kwargs)

class Person(Named, Aged):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)

p = Person(name="Ada", age=36, extra=True)
print(p.name, p.age, isinstance(p, (Aged, int)), isinstance(3, (str, float)))
