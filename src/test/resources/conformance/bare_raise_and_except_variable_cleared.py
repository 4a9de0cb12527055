def reraiser():
    try:
        int("x")
    except ValueError:
        print("logging, then re-raising")
        raise

try:
    reraiser()
except ValueError as err:
    print("outer caught:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
