def make_limit():
    return int("ten")


class Limits:
    soft = 5
    hard = make_limit()
