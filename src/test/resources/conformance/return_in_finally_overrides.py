def overrides():
    try:
        return "try"
    finally:
        return "finally"

def swallows():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return in finally"

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

print(overrides())
print(swallows())
print(order())
