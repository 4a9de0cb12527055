x = f"{f"{x}}"
