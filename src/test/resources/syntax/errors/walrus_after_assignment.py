x = (a, b) := c
