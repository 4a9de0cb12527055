print(7 / 2, 6 / 3, type(6 / 3).__name__)
print(7 // 2, -7 // 2, 7.0 // 2, -7.5 // 2)
print(7 % 3, -7 % 3, 7 % -3, 7.5 % 2)
print(2 ** 10, 2 ** -1, (-2) ** 3, 10 ** 0)
print(abs(-4), abs(-4.5), min(3, 1, 2), max([4, 9, 2]))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(True + True, True * 3, 3 == 3.0, 1 < 2 < 3, 3 > 2 > 2)
