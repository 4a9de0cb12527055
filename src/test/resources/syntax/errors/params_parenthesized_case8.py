def f(()):
    pass
