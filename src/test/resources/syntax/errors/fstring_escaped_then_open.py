x = f"{{literal {a
