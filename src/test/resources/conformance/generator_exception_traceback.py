def numbers(limit):
    for n in range(limit):
        if n == 2:
            raise ValueError(f"bad number {n}")
        yield n


def consume():
    for n in numbers(5):
        print("got", n)


consume()
