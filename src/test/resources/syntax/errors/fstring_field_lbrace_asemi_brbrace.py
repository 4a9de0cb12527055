x = f"{a;b}"
