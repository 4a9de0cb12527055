class Config:
    def __init__(self):
        self.timeout = 5


try:
    Config().retries
except AttributeError as e:
    print("caught:", e)
    print("args:", e.args)

try:
    undefined_thing
except NameError as e:
    print("caught:", e)

Config().timeot
