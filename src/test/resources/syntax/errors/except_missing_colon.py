try:
    x
except ValueError
    pass
