def total(items):
    result = 0
    for item in items:
        result += itme
    return result


print(total([]))
print(total([1, 2]))
