class Base:
    def hello(self):
        return "Base"

    def describe(self):
        return f"I say {self.hello()}"

class Left(Base):
    def hello(self):
        return "Left+" + super().hello()

class Right(Base):
    def hello(self):
        return "Right+" + super().hello()

class Both(Left, Right):
    pass

print(Both().describe())
print([c.__name__ for c in Both.__mro__])
print(isinstance(Both(), Right), issubclass(Both, Base))
