def cleanup():
    raise RuntimeError("cleanup failed")

def process():
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()

process()
