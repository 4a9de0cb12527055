class StepError(Exception):
    pass


def load(path):
    raise FileNotFoundError(2, "No such file", path)


def run():
    try:
        load("config.toml")
    except OSError as e:
        err = StepError("could not start")
        err.add_note("hint: create config.toml")
        raise err from e


try:
    run()
except StepError as e:
    print(repr(e.__cause__), e.__cause__.errno, e.__cause__.filename, e.__cause__.strerror)
run()
