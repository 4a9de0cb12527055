x = f"{a:{b
