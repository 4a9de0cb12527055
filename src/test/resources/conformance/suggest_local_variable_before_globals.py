valuexx = 1


def compute():
    valueab = 2
    return valuex + valueab

compute()
