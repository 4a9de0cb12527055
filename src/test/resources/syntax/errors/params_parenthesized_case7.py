f = lambda (): 1
