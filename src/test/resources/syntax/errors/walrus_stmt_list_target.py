[a, b] := c
