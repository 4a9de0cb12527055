def f(a: int, (b: str)):
    pass
