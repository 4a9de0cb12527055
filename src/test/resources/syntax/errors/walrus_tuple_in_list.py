x = [(a, b) := c]
