class Box:
    pass


b = Box()
try:
    b.lid
except AttributeError as e:
    print(e.name, e.obj is b, e.args)
try:
    missing_name
except NameError as e:
    print(e.name, e.args)
try:
    from asyncio import nothing_here
except ImportError as e:
    print(e.name, e.name_from if hasattr(e, "name_from") else "-", type(e).__name__)
s = StopIteration(7)
print(s.value, s.args)
x = SystemExit(3)
print(x.code, x.args)
v = ValueError("plain")
print(hasattr(v, "__notes__"))
try:
    v.__notes__
except AttributeError as e:
    print(e)
u = UnboundLocalError("u")
print(isinstance(u, NameError), u.name)
a = AttributeError("custom")
print(a.name, a.obj)
b.count = 1
raise AttributeError("custom raise", name="cont", obj=b)
