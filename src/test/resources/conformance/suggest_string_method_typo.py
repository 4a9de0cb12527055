words = ["alpha", "beta"]
print(", ".join(w.upper() for w in words))
print("x".uper())
