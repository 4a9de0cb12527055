x = f"{not}"
