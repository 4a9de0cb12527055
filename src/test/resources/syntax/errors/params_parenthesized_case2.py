f = lambda a, (b, c): a
