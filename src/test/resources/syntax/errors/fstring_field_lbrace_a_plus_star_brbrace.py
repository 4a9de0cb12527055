x = f"{a +* b}"
