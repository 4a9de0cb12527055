for i in x 5
