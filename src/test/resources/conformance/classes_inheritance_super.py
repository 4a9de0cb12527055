class Animal:
    kingdom = "animalia"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def __init__(self, name, tricks=None):
        super().__init__(name)
        self.tricks = tricks or []

    def speak(self):
        return super().speak().replace("a sound", "woof")


class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

    def __str__(self):
        return f"puppy {self.name}"


animals = [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit")]
for a in animals:
    print(a.speak(), repr(a), str(a))
print(isinstance(animals[2], Dog), isinstance(animals[1], Puppy), Puppy.kingdom, animals[1].tricks)
print(hasattr(animals[0], "tricks"), getattr(animals[0], "tricks", "none"), type(animals[2]).__name__)
animals[0].kingdom = "own"
print(animals[0].kingdom, Animal.kingdom)
