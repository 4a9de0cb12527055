x = f"{a, b!r}"
y = f"{yield}"
