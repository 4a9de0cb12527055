def outer():
    def inner():
        return total + 1
    result = inner()
    total = 5
    return result


outer()
