x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class Box:
    pass
b = Box()
b.item = "thing"
del b.item
print(hasattr(b, "item"))
try:
    b.item
except AttributeError as e:
    print("AttributeError:", e)
assert True
assert len(d) == 1, "one key left"
assert len(d) == 2, f"expected 2 keys, got {len(d)}"
