x = f"{a= x}"
