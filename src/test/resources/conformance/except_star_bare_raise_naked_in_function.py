def work():
    raise ValueError("naked")

def f():
    try:
        work()
    except* ValueError as eg:
        print("tb", eg.__traceback__)
        raise

f()
