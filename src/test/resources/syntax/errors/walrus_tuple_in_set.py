y = {(a, b) := c}
