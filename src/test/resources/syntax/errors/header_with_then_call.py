with x print(1)
