def f():
    try:
        raise ValueError("original")
    finally:
        print("finally runs")
        raise TypeError("from finally")

try:
    f()
except TypeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

def g():
    try:
        return "try value"
    finally:
        print("finally before return")

print(g())

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)

h()
