x = f"{foo(1, 2"
