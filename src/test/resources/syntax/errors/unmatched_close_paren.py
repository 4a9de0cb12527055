print("x"))
