if x 5
