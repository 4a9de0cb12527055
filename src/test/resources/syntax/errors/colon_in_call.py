print(a: 1)
