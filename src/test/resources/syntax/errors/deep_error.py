def f():
    if x:
        for i in y:
            x = = 1
