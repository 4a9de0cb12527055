if x == 1
