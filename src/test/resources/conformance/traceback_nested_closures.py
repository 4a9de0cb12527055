def outer(values):
    def middle(v):
        def inner():
            return 10 // v
        return inner()
    return [middle(v) for v in values]


print(outer([1, 2]))
outer([5, 0])
