a.b := c
