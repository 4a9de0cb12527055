x = f"{a} {b


