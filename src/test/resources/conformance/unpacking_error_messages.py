for value in ([1], [1, 2, 3], 5, None, "ab"):
    try:
        a, b = value
        print("ok", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    first, *rest, last = [1]
except ValueError as e:
    print(e)
x, y = {"only": 1}
