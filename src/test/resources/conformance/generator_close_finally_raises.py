def stream():
    try:
        yield 1
        yield 2
    finally:
        print("closing stream")
        raise ConnectionError("close failed")


s = stream()
print(next(s))
s.close()
