x = 1e-
