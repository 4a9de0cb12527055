def work():
    raise ValueError("naked")


try:
    work()
except* ValueError as eg:
    print("got", repr(eg))
    raise
