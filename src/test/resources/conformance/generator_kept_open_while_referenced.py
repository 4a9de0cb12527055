def numbers(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print(tag, "finally")

class Box:
    pass

box = Box()

def store_in_instance():
    g = numbers("instance")
    next(g)
    box.g = g

store_in_instance()
print("instance still open")

def make_closure():
    g = numbers("closure")
    next(g)
    def inner():
        return next(g)
    return inner

step = make_closure()
print("closure still open", step())

def helper(g):
    return next(g)

h = numbers("mapped")
print(list(map(helper, [h])))
print("mapped still open")

held = numbers("held")
def get():
    return held
for x in get():
    print("got", x)
    break
print("held still open", next(held))

send = numbers("bound")
next(send)
send_method = send.send
send = None
print("bound method keeps it", send_method(None))

def default_arg(g=numbers("default")):
    return next(g)
print("default", default_arg())
print("default again", default_arg())

errs = []
def in_exception():
    g = numbers("exc arg")
    next(g)
    errs.append(ValueError(g))
in_exception()
print("exception arg keeps it")

box.g = None
print("after box.g = None")
step = None
print("after step = None")
send_method = None
print("after send_method = None")
errs = None
print("after errs = None")
print("end")
