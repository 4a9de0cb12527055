class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit failed while handling {et.__name__ if et else None}")


try:
    with Faulty():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

try:
    with Faulty():
        pass
except RuntimeError as e:
    print(e, "| context:", e.__context__)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)


with Faulty():
    x = 1
