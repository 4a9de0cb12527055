class Temperature:
    unit = "C"
    created = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.created += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @staticmethod
    def is_freezing(degrees):
        return degrees <= 0

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees}{self.unit})"


class Kelvinish(Temperature):
    unit = "K"


t = Temperature.from_fahrenheit(212)
k = Kelvinish.from_fahrenheit(32)
print(t, k, Temperature.created)
print(Temperature.is_freezing(-3), t.is_freezing(t.degrees), Kelvinish.is_freezing(1))
print(type(k).__name__, k.__class__.__name__, isinstance(k, Temperature))
f = Temperature.from_fahrenheit
print(f(50))
s = Temperature.is_freezing
print(s(0))
k.unit = "X"
print(k, Kelvinish.unit, Temperature.unit)
del k.unit
print(k)
