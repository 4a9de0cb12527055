def work():
    try:
        print("working")
        raise ValueError("first")
    finally:
        print("cleanup")
        raise OSError("cleanup failed")


work()
