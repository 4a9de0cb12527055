def inner():
    return {}["missing"]


def middle():
    try:
        inner()
    except KeyError:
        print("logging and re-raising")
        raise


def outer():
    middle()


outer()
