a, b := c
