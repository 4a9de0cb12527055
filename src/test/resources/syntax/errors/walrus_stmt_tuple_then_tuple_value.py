(a, b) := c, d
