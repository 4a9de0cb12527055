while x print(x)
