class Config:
    def __init__(self, raw):
        self.raw = raw

    @property
    def port(self):
        return int(self.raw["port"])

    @staticmethod
    def parse(text):
        return Config(dict(item.split("=") for item in text.split(";")))

    @classmethod
    def default(cls):
        return cls.parse("host=a;port=x")


def decorate(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@decorate
def load():
    return Config.default().port


load()
