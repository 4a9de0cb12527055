x = f"{a!rr}"
