class NetError(Exception):
    pass

def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), NetError("n1"), ValueError("v2"), TypeError("t1")])

try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], eg.message)
except* NetError as eg:
    print("net:", eg.exceptions)
except* TypeError as eg:
    print("types:", repr(eg))
print("handled everything")
