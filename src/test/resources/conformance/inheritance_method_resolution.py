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
print(isinstance(Both(), Right), isinstance(Both(), Base))
