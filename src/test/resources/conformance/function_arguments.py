def greet(name, greeting="Hello", *extra, punct="!", **options):
    return f"{greeting}, {name}{punct} extra={extra} options={options}"

print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", loud=True))
print(greet(greeting="Yo", name="Cy"))

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1), append_to(2))

def kw_only(a, *, b):
    return a + b

print(kw_only(1, b=2))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
square = lambda x: x ** 2
print(square(7), (lambda *a: sum(a))(1, 2, 3))
