for i in x, y z
