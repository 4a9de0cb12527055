if not x y
