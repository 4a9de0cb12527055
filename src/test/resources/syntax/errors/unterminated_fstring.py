print(f"value {x}
