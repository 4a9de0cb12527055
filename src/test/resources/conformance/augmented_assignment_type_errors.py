def pow_assign():
    x = 2
    x **= "a"


def list_add_int():
    x = [1]
    x += 1


def list_mul_str():
    x = [1]
    x *= "a"


def str_add_int():
    x = "s"
    x += 1


def none_sub():
    x = None
    x -= 1


def tuple_add_list():
    x = (1,)
    x += [1]


def floordiv_str():
    x = 7.5
    x //= "2"


for f in (pow_assign, list_add_int, list_mul_str, str_add_int, none_sub, tuple_add_list, floordiv_str):
    try:
        f()
    except TypeError as e:
        print(f.__name__, "->", e)
total = 0
for part in [1, "2"]:
    total += part
