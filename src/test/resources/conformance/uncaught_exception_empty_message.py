class Empty(Exception):
    pass

def go():
    raise Empty()

print("before")
go()
