class A:
    pass


def f(x: int | None = None) -> list[int] | None:
    return x


async def g(u: str, t: float | int = 1) -> dict[str, int] | None:
    return None


print(f(3), isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, str | int))
print(int | None, int | A, int | None | int, (int | str) == (str | int), type(int | str), (int | str).__args__, None | int)
try:
    int | 3
except TypeError as e:
    print(e)
