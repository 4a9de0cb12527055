for i in f() + 1 z
