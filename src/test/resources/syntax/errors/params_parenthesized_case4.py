def f((a)):
    pass
