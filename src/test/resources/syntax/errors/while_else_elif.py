while x:
    pass
elif y:
    pass
