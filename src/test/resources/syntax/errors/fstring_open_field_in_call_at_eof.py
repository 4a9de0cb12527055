print(f"value {x
