y = ((a, b) := c)
