limit = 3


class Settings:
    size = 10
    doubled = [size * 2 for _ in range(limit)]
