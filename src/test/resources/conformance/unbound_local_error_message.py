counter = 0


def bump():
    counter += 1
    return counter


def maybe(flag):
    if flag:
        value = 1
    return value


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, NameError))
bump()
