class Broken:
    def __repr__(self):
        raise ValueError("repr exploded")

def describe(items):
    return f"items: {items}"

print("before")
print(describe([1, Broken()]))
