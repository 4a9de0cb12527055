if x print(x)
